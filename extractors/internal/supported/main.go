// Command supported writes extractors/SUPPORTED.md: each registered
// extractor, its version, what it handles and its current score on the
// corpus entries it is selected for, and the generic extractor alone.
//
// Run it from anywhere inside the repository after changing an extractor:
//
//	go run ./extractors/internal/supported
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	_ "jplan/extractors/all"
	"jplan/extractors/internal/extracttest"
	"jplan/internal/pdf"
)

func main() {
	pdf.ServeChildIfRequested()
	out := flag.String("o", "", "output file (default: extractors/SUPPORTED.md under the repository root)")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(out string) error {
	root, err := extracttest.FindRoot()
	if err != nil {
		return err
	}
	c, err := extracttest.Open(root)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := extracttest.WriteSupported(context.Background(), c, &buf); err != nil {
		return err
	}
	if out == "" {
		out = filepath.Join(root, "extractors", "SUPPORTED.md")
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("supported: %w", err)
	}
	fmt.Fprintf(os.Stderr, "supported: wrote %s\n", out)
	return nil
}
