// The docs' example in Kotlin (docs/bindings.md, "The same session in every
// language"): plan 15 minutes, play on a fake clock, log it, ask what next.
// CTest bindings.kotlin.example compiles it with Debian's kotlinc against
// backrelief.jar and compares its output with the C example's, line by line.
package org.backrelief.example

import org.backrelief.Catalog
import org.backrelief.Context
import org.backrelief.Dates
import org.backrelief.Goal
import org.backrelief.Journal
import org.backrelief.Planner
import org.backrelief.Player
import org.backrelief.Timeline
import org.backrelief.When

fun main() {
    Context().use { ctx ->
        Catalog.builtin(ctx).use { cat ->
            Planner(ctx, Goal.LONG_SITTING, 15).use { planner ->
                planner.run(cat).setName("Desk break").use { routine ->
                    val est = routine.estimate()
                    println(String.format("routine %s: %d steps, %d-%d ms", routine.name(), routine.count(),
                        est.min(), est.max()))
                    for (s in routine) println("step ${s.index() + 1} ${s.exerciseId()}: ${s.dose()}")
                    Timeline.fromRoutine(routine).use { tl ->
                        Player(tl).use { player ->
                            Journal(ctx).use { journal ->
                                player.play(Player.SimulatedClock(), 1000) { cue ->
                                    println("cue ${cue.atMs()} ${cue.kind().id()} ${cue.text()}")
                                }
                                println("played ${player.positionMs()} ms")
                                val entry = journal.add(Dates.fromYmd(ctx, 2026, 3, 2), 7 * 60 + 30, routine.name())
                                journal.setFromPlayer(entry, player).setPain(entry, When.BEFORE, 4)
                                    .setPain(entry, When.AFTER, 3)
                                println("journal " + journal.entryLine(entry).trimEnd())
                                val next = journal.suggest(routine, cat)
                                println("next ${next.outcome().id()}")
                                for (r in next.reasons()) println("reason ${r.rule()}: ${r.message()}")
                                next.routine()?.close()
                            }
                        }
                    }
                }
            }
        }
    }
}
