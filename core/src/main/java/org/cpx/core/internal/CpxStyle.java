package org.cpx.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every CPX value type: bean accessors ({@code getX()}), a hidden
 * implementation reached through the nested {@code Builder}, plain setter names, JDK collections
 * only.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    // SAME, not PACKAGE: the generated With* interfaces are public only then.
    visibility = Value.Style.ImplementationVisibility.SAME,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    throwForInvalidImmutableState = IllegalArgumentException.class,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true),
    deepImmutablesDetection = false,
    clearBuilder = false)
public @interface CpxStyle {}
