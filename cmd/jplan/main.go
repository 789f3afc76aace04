// Command jplan turns the goal documents Japanese municipalities publish into
// plan/v1 records and a research dataset. This package is wiring only: each
// subcommand lives in its own cmd_*.go file and registers itself in init.
//
// Exit codes (documented in every --help):
//
//	0  success
//	1  the command ran but found failures (invalid records, documents that failed,
//	   a quality gate not met)
//	2  usage error (bad flags or arguments)
//	3  the command could not proceed (unreadable input, output not writable)
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK       = 0
	exitFailures = 1
	exitUsage    = 2
	exitFatal    = 3
)

const exitCodesHelp = `
Exit codes:
  0  success
  1  ran, but found failures (invalid records, failed documents, a gate not met)
  2  usage error
  3  could not proceed (unreadable input, output not writable)`

// exitError carries an exit code out of a command's RunE.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// failures returns an error that makes jplan exit with code 1 (ran, found failures).
func failures(format string, args ...any) error {
	return &exitError{code: exitFailures, err: fmt.Errorf(format, args...)}
}

// fatal returns an error that makes jplan exit with code 3 (could not proceed).
func fatal(err error) error { return &exitError{code: exitFatal, err: err} }

var rootCmd = &cobra.Command{
	Use:   "jplan",
	Short: "Turn Japanese municipal goal documents into plan/v1 research records",
	Long: `jplan turns the goal documents Japanese municipalities publish (部局経営目標,
組織目標, 各部の運営方針と目標, 総合計画の重点プロジェクト, …) into one comparable
dataset of plan/v1 records: missions, projects, indicators with targets and
actuals, SDG goals and fiscal years, with provenance back to the exact bytes.`,
	Example: `  jplan run                      # the bundled corpus → out/
  jplan extract page.html        # one plan/v1 record per input on stdout
  jplan check out/plans.jsonl    # validate records against plan/v1
  jplan schema                   # print the plan/v1 JSON Schema`,
	SilenceUsage:  true,
	SilenceErrors: true,
}

// register adds a subcommand to jplan; every cmd_*.go file calls it from init.
func register(c *cobra.Command) {
	if c.Example == "" {
		panic("jplan: subcommand " + c.Name() + " has no examples")
	}
	c.Long = c.Long + "\n" + exitCodesHelp
	rootCmd.AddCommand(c)
}

// beforeEveryCommand applies the flags every subcommand shares.
func beforeEveryCommand(*cobra.Command, []string) error {
	if err := applyPDFFlags(); err != nil {
		return err
	}
	return startProfiles()
}

func init() { rootCmd.PersistentPreRunE = beforeEveryCommand }

func main() {
	rootCmd.Long += "\n" + exitCodesHelp
	rootCmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &exitError{code: exitUsage, err: err}
	})
	os.Exit(run())
}

func run() int {
	err := rootCmd.Execute()
	if perr := stopProfiles(); perr != nil {
		fmt.Fprintln(os.Stderr, "jplan:", perr)
		if err == nil {
			err = fatal(perr)
		}
	}
	if err == nil {
		return exitOK
	}
	fmt.Fprintln(os.Stderr, "jplan:", err)
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	return exitUsage // cobra's own errors: unknown command, bad args
}
