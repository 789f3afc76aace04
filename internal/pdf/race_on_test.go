//go:build race

package pdf

// raceEnabled: the race runtime cannot live under RLIMIT_AS exhaustion, so the
// out-of-memory case is skipped with -race.
const raceEnabled = true
