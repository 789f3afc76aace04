package main

import (
	"github.com/spf13/cobra"

	"jplan/internal/pdf"
)

func init() {
	// The PDF children that parse documents are pooled (internal/pdf): stop
	// them when a command ends, so that none outlives jplan and their CPU time
	// is accounted to it. A canceled run has killed the child in flight already.
	cobra.OnFinalize(pdf.CloseChildren)
	register(&cobra.Command{
		Use:    pdf.ChildCommand,
		Hidden: true,
		Short:  "Parse one PDF from stdin in an isolated child process (internal)",
		Long: `Internal: jplan re-executes itself with this subcommand to parse each PDF in a
child process with a wall-clock and a memory limit, so that a hostile file
(a hang, a stack overflow, runaway memory) costs one document, not the run.
It reads one PDF on stdin and writes the text layer as JSON on stdout; started
by jplan (JPLAN_PDF_SERVE=frames) it serves one document after another, so that
its start-up is paid once per child, not per PDF. Limits come from the
environment the parent sets (JPLAN_PDF_MEMORY_LIMIT in bytes).`,
		Example: "  jplan " + pdf.ChildCommand + " < report.pdf   # debugging: the text layer as JSON",
		Args:    cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if err := pdf.ServeChild(c.InOrStdin(), c.OutOrStdout()); err != nil {
				return fatal(err)
			}
			return nil
		},
	})
}
