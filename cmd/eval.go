package cmd

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/eval"
)

type evalFlags struct {
	format, output, errors, docType string
}

var evalFormats = formats{"text", "json"}

func newEvalCmd() *cobra.Command {
	var fl evalFlags
	cmd := &cobra.Command{
		Use:   "eval PATH...",
		Short: "Score the date tagger against annotated corpora",
		Long: `eval tags annotated documents and scores the dates found against the
annotation, as TempEval-3 Task A does: strict and relaxed extent, type and
value precision, recall and F1, micro-averaged, overall and per gold type.

A PATH is a file or a folder, read recursively for .tml and .xml files.
Two formats are read, told apart by their elements:
  - TimeML (TimeBank, AQUAINT, TempEval-3): TIMEX3 in <TEXT>, the anchor
    being the TIMEX3 with functionInDocument="CREATION_TIME";
  - inline TIMEX2 (WikiWars *.key.xml): TIMEX2 in <TEXT>, the anchor being
    the TIMEX2 in <DATETIME>. TIMEX2 has no type: it is inferred from the
    value, so type scores there are only indicative. Nested TIMEX2 count
    once, as the outermost.

Files that cannot be read are reported on standard error and skipped; the
exit code is then 3 (1 when no file could be read).

--errors FILE writes every missed, spurious, wrong-valued and wrong-typed
expression as one JSON line:
  {"doc", "kind", "gold": {...} or null, "system": {...} or null, "context"}`,
		Example: `  timeline eval corpus/TimeBank
  timeline eval --format json -o scores.json corpus/TimeBank corpus/AQUAINT
  timeline eval --doc-type narrative --errors errors.jsonl wikiwars/keyinline`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return errors.New("eval needs at least one annotated file or folder (TimeML .tml or TIMEX2 .xml)")
			}
			return nil
		},
		RunE: runE(func(cmd *cobra.Command, args []string) error {
			return runEval(cmd, args, &fl)
		}),
	}
	f := cmd.Flags()
	f.StringVar(&fl.format, "format", "", fmt.Sprintf("output `format`: %s (default: json if -o ends in .json, else %s)", orList(evalFormats), evalFormats[0]))
	f.StringVarP(&fl.output, "output", "o", "", "write the scores to `FILE` (atomically) instead of standard output")
	f.StringVar(&fl.errors, "errors", "", "write the mistakes as JSON lines to `FILE` (atomically)")
	f.StringVar(&fl.docType, "doc-type", "news", "`type` of text, which says how relative dates are anchored: news (to the creation time) or narrative (to the last date mentioned)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(evalFormats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("doc-type", cobra.FixedCompletions([]string{"news", "narrative"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func runEval(cmd *cobra.Command, paths []string, fl *evalFlags) error {
	format, err := evalFormats.pick(cmd, fl.format, fl.output)
	if err != nil {
		return err
	}
	docType, err := parseDocType(fl.docType)
	if err != nil {
		return err
	}
	if fl.errors == "-" {
		return usageErrorf("--errors needs a file name: standard output holds the scores")
	}

	out, err := openOutput(cmd.OutOrStdout(), fl.output)
	if err != nil {
		return err
	}
	defer out.discard()
	var errOut *output
	if fl.errors != "" {
		if errOut, err = openOutput(nil, fl.errors); err != nil {
			return err
		}
		defer errOut.discard()
	}

	docs, skipped := eval.ReadPaths(paths)
	if len(docs) == 0 {
		return errors.Join(skipped...)
	}

	tagger := dates.New() // built before the clock starts
	mentions := make([][]dates.Mention, len(docs))
	start := time.Now()
	for i, d := range docs {
		mentions[i] = tagger.TagDoc(d.Text, d.Anchor, docType)
	}
	elapsed := time.Since(start)

	system := make([][]eval.Timex, len(docs))
	for i, ms := range mentions {
		system[i] = eval.FromMentions(ms)
	}
	report := eval.Score(docs, system)
	report.Elapsed = elapsed

	var buf bytes.Buffer
	if format == "json" {
		err = report.WriteJSON(&buf)
	} else {
		err = report.WriteText(&buf)
	}
	if err != nil {
		return fmt.Errorf("cannot render the scores as %s: %w", format, err)
	}
	if _, err := out.Write(buf.Bytes()); err != nil {
		return err
	}
	if errOut != nil {
		if err := report.WriteMistakes(errOut); err != nil {
			return err
		}
		if err := errOut.commit(); err != nil {
			return err
		}
	}
	if err := out.commit(); err != nil {
		return err
	}

	if len(skipped) > 0 {
		errs := make([]error, 0, len(skipped)+1)
		for _, e := range skipped {
			errs = append(errs, fmt.Errorf("skipped %w", e))
		}
		errs = append(errs, fmt.Errorf("%d of %d files skipped; the scores cover the other %d", len(skipped), len(skipped)+len(docs), len(docs)))
		return &codedError{exitPartial, errors.Join(errs...)}
	}
	return nil
}
