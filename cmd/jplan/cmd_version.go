package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"
)

func init() {
	register(&cobra.Command{
		Use:     "version",
		Short:   "Print jplan's version and build information",
		Long:    "Print jplan's module version, VCS revision and Go version.",
		Example: "  jplan version",
		Args:    cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			info, ok := debug.ReadBuildInfo()
			if !ok {
				fmt.Fprintln(c.OutOrStdout(), "jplan (no build info)")
				return nil
			}
			rev := "unknown"
			for _, s := range info.Settings {
				if s.Key == "vcs.revision" {
					rev = s.Value
				}
			}
			fmt.Fprintf(c.OutOrStdout(), "jplan %s (%s) %s\n", info.Main.Version, rev, info.GoVersion)
			return nil
		},
	})
}
