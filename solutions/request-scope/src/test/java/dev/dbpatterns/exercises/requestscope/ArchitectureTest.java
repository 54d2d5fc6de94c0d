package dev.dbpatterns.exercises.requestscope;

import dev.dbpatterns.kit.arch.PatternArchitectureCheck;

/** The layering of kit/arch-rules, checked on this module's production classes; a violation fails the build. */
class ArchitectureTest extends PatternArchitectureCheck {
}
