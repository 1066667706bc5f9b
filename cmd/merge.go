package cmd

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/timelinehq/timeline/timeline"
)

type mergeFlags struct {
	timelineFlags
	partial bool
}

func newMergeCmd() *cobra.Command {
	var fl mergeFlags
	cmd := &cobra.Command{
		Use:   "merge PARTIAL...",
		Short: "Merge partial timelines into one timeline",
		Long: `merge reads partial timelines, written by "timeline build --partial" or
"timeline merge --partial", and writes the timeline that one build over all
their inputs gives, in any format of build. "-" reads standard input.

A partial timeline holds, as JSON lines, each document's source and its
events before they are merged, and the inputs that could not be used. The
lines of partials can be concatenated, split and shuffled: merge only needs
all of them. So a large corpus can be built in pieces, on as many machines
as there are, and merged in one or more steps: with --partial, merge writes
the partial of all its inputs, for a later merge, as a reducer does.
However the corpus is split and the partials grouped, the final timeline is
the same, byte for byte.

--title, --actor, --kind, --from, --to, --top-dates and --front-matter
apply as in build. Of documents with the same id or text in different
partials, the first in path order is used, as build does. Build every
partial with the same --published and --doc-type.

Skipped inputs recorded in the partials are named on standard error and
listed under "Skipped" in the output, and merge exits with code 3 (not with
--partial, which carries them on). A line that is not a partial timeline
record is an error: nothing is written and the exit code is 1.`,
		Example: `  timeline build --partial -o a.jsonl articles/2016-08/
  timeline build --partial -o b.jsonl articles/2016-09/
  timeline merge a.jsonl b.jsonl -o timeline.html
  cat part-* | timeline merge --partial - > combined.jsonl
  timeline merge --actor Kerry --format json combined.jsonl`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return errors.New(`merge needs at least one partial timeline ("-" reads standard input)`)
			}
			return nil
		},
		RunE: runE(func(cmd *cobra.Command, args []string) error {
			return runMerge(cmd, args, &fl)
		}),
	}
	f := cmd.Flags()
	f.StringVar(&fl.format, "format", "", fmt.Sprintf("output `format`: %s (default: from the -o extension, else %s)", orList(buildFormats), buildFormats[0]))
	f.StringVarP(&fl.output, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	f.BoolVar(&fl.partial, "partial", false, "write the partial timeline of all the inputs, for a later merge")
	addTimelineFlags(cmd, &fl.timelineFlags)
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(buildFormats, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runMerge(cmd *cobra.Command, args []string, fl *mergeFlags) error {
	ctx := cmd.Context()
	var format string
	var opts timeline.Options
	var err error
	if fl.partial {
		err = checkNotPartial(cmd, "merge")
	} else {
		format, opts, err = fl.timelineOptions(cmd)
	}
	if err != nil {
		return err
	}
	if err := checkStdinOnce(args); err != nil {
		return err
	}
	out, err := openOutput(cmd.OutOrStdout(), fl.output)
	if err != nil {
		return err
	}
	defer out.discard()

	defer wholeMemory()()
	p := &timeline.Partials{}
	for _, arg := range args {
		if ctx.Err() != nil {
			return errInterrupted
		}
		if err := readPartial(cmd, p, arg); err != nil {
			return err
		}
	}
	if ctx.Err() != nil {
		return errInterrupted
	}
	if fl.partial {
		if err := p.Partial().WriteJSONL(out); err != nil {
			return err
		}
		if ctx.Err() != nil {
			return errInterrupted
		}
		return out.commit()
	}
	t, err := p.Timeline(opts)
	if err != nil {
		return err
	}
	return writeTimeline(cmd, out, t, format, fl.frontMatter)
}

// readPartial adds the partial timeline in the file path ("-": standard
// input) to p.
func readPartial(cmd *cobra.Command, p *timeline.Partials, path string) error {
	if path == "-" {
		return p.ReadJSONL("stdin", cmd.InOrStdin())
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("cannot read %s: %s", path, timeline.IOReason(err))
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return fmt.Errorf("cannot read %s: it is a folder; name the partial timelines in it (%s/*)", path, path)
	}
	return p.ReadJSONL(path, f)
}
