package vn.coso.platform.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one source of "now" (ARCHITECTURE.md, Data): the system clock in Vietnam's zone. Nothing else in the code reads
 * the system time (an ArchUnit rule of every module's tests says so); tests replace this bean with a clock they set.
 */
@Singleton
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.system(VietnamTime.ZONE);
    }
}
