package cputime

import (
	"os/exec"
	"testing"
)

// Busy work raises Self; a waited-for child raises WithChildren beyond Self.
func TestCPUTimeGrows(t *testing.T) {
	before := Self()
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if Self() <= before {
		t.Errorf("Self did not grow after busy work (%d)", x)
	}
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	if err := exec.Command(sh, "-c", "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done").Run(); err != nil {
		t.Fatal(err)
	}
	if WithChildren() <= Self() {
		t.Errorf("WithChildren %v not above Self %v after a child ran", WithChildren(), Self())
	}
}
