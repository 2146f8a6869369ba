-- The working group that went with the host (Quảng Lập's has 18 members): names and posts, as in the minutes.
alter table dialogue_session add column working_group varchar(4000);
