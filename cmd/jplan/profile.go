package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// Profiling flags for every subcommand: an engineer chasing a slow run
// profiles the real process (go tool pprof FILE) instead of guessing.
var profileFlags struct {
	cpu, mem string
	cpuFile  *os.File
}

func init() {
	pf := rootCmd.PersistentFlags()
	pf.StringVar(&profileFlags.cpu, "cpuprofile", "", "write a CPU profile of this command to `FILE` (go tool pprof FILE)")
	pf.StringVar(&profileFlags.mem, "memprofile", "", "write a heap profile to `FILE` when the command ends")
}

// startProfiles starts the CPU profile the flags ask for.
func startProfiles() error {
	if profileFlags.cpu == "" {
		return nil
	}
	f, err := os.Create(profileFlags.cpu)
	if err != nil {
		return fatal(fmt.Errorf("cpuprofile: %w", err))
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return fatal(fmt.Errorf("cpuprofile %s: %w", profileFlags.cpu, err))
	}
	profileFlags.cpuFile = f
	return nil
}

// stopProfiles ends the CPU profile and writes the heap profile, whatever the
// command's outcome (a run with failures is the one worth profiling too).
func stopProfiles() error {
	if f := profileFlags.cpuFile; f != nil {
		pprof.StopCPUProfile()
		profileFlags.cpuFile = nil
		if err := f.Close(); err != nil {
			return fmt.Errorf("cpuprofile %s: %w", profileFlags.cpu, err)
		}
	}
	if profileFlags.mem == "" {
		return nil
	}
	f, err := os.Create(profileFlags.mem)
	if err != nil {
		return fmt.Errorf("memprofile: %w", err)
	}
	runtime.GC() // the heap as it is now, not as of the last collection
	werr := pprof.WriteHeapProfile(f)
	if cerr := f.Close(); werr == nil {
		werr = cerr
	}
	if werr != nil {
		return fmt.Errorf("memprofile %s: %w", profileFlags.mem, werr)
	}
	return nil
}
