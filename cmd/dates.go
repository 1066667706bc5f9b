package cmd

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"time"

	"github.com/spf13/cobra"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/render"
)

type datesFlags struct {
	published, format, output, docType string
	jsonl, quiet                       bool
	jobs                               int
}

func newDatesCmd() *cobra.Command {
	var fl datesFlags
	cmd := &cobra.Command{
		Use:   "dates FILE",
		Short: "List the date mentions in an article",
		Long: `dates prints every temporal expression in an article with its resolved value,
grain and the rule that found it. "-" reads standard input.

Relative phrases resolve against the publication date: --published, else
the article's "published:" front matter or page metadata, else a dateline in
its first lines ("GENEVA, Aug. 26, 2016 (Reuters) -"), used with a warning.

With --jsonl, FILE holds one JSON object per line,
  {"id": "a1", "text": "...", "published": "2016-08-26"}
and dates writes one line per input line, in order:
  {"id": "a1", "mentions": [...]}
A line that cannot be tagged (invalid JSON, no or bad "published") gets
  {"id": "a1", "error": "line 3: ..."}
instead, and the others are still processed; the exit code is then 3.
Blank lines are skipped. "published" may also be an RFC 3339 timestamp (its
date is used); --published is the default for lines without one.`,
		Example: `  timeline dates article.md
  timeline dates --published 2016-08-26 --format json article.txt
  timeline dates --jsonl articles.jsonl -o mentions.jsonl`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return fmt.Errorf(`dates needs exactly one file ("-" reads standard input), got %d`, len(args))
			}
			return nil
		},
		RunE: runE(func(cmd *cobra.Command, args []string) error {
			return runDates(cmd, args[0], &fl)
		}),
	}
	addCommonFlags(cmd, &fl.published, &fl.format, &fl.output, &fl.docType, datesFormats)
	cmd.Flags().BoolVar(&fl.jsonl, "jsonl", false, `read JSON lines {"id","text","published"} and write JSON lines {"id","mentions"}`)
	cmd.Flags().IntVar(&fl.jobs, "jobs", runtime.GOMAXPROCS(0), "with --jsonl: lines tagged at once (default: all cores); output order is unchanged")
	cmd.Flags().BoolVarP(&fl.quiet, "quiet", "q", false, "with --jsonl: show no progress on standard error")
	return cmd
}

func runDates(cmd *cobra.Command, path string, fl *datesFlags) error {
	published, err := parsePublished(fl.published)
	if err != nil {
		return err
	}
	docType, err := parseDocType(fl.docType)
	if err != nil {
		return err
	}
	if fl.jsonl {
		defer streamMemory()()
		if cmd.Flags().Changed("format") {
			return usageErrorf("--format does not apply with --jsonl, which always writes JSON lines")
		}
		if fl.jobs < 1 {
			return usageErrorf("--jobs must be at least 1, got %d", fl.jobs)
		}
		return runDatesJSONL(cmd, path, published, docType, fl)
	}
	format, err := datesFormats.pick(cmd, fl.format, fl.output)
	if err != nil {
		return err
	}

	out, err := openOutput(cmd.OutOrStdout(), fl.output)
	if err != nil {
		return err
	}
	defer out.discard()

	doc, err := readDocument(cmd.InOrStdin(), path)
	if err != nil {
		return err
	}
	at, err := anchor(cmd.ErrOrStderr(), doc, path, published)
	if err != nil {
		return err
	}
	mentions := dates.New().TagDoc(doc.Text, at, docType)
	if ctx := cmd.Context(); ctx != nil && ctx.Err() != nil {
		return errInterrupted // Ctrl-C while tagging: write nothing
	}

	var buf bytes.Buffer
	switch format {
	case "json":
		err = render.DatesJSON(&buf, at, mentions)
	case "timeml":
		err = render.TimeML(&buf, doc.ID, doc.Text, at, mentions)
	default:
		err = render.DatesText(&buf, doc.Text, mentions)
	}
	if err != nil {
		return fmt.Errorf("cannot render the dates as %s: %w", format, err)
	}
	if _, err := out.Write(buf.Bytes()); err != nil {
		return err
	}
	return out.commit()
}

func runDatesJSONL(cmd *cobra.Command, path string, published time.Time, docType dates.DocType, fl *datesFlags) error {
	in := cmd.InOrStdin()
	size := int64(-1)
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return &fileError{name: path, err: err}
		}
		defer f.Close()
		in = f
		if fi, err := f.Stat(); err == nil {
			size = fi.Size()
		}
	}
	out, err := openOutput(cmd.OutOrStdout(), fl.output)
	if err != nil {
		return err
	}
	defer out.discard()

	bar := newProgress(cmd, fl.quiet, size, "lines")
	defer bar.stop()
	j := jsonlTagger{tagger: dates.New(), published: published, docType: docType, jobs: fl.jobs, ctx: cmd.Context(), progress: bar.update}
	failed, total, err := j.run(in, out)
	bar.stop()
	if cmd.Context().Err() != nil {
		return errInterrupted
	}
	if err != nil {
		return fmt.Errorf("%s: %w", displayName(path), err)
	}
	if err := out.commit(); err != nil {
		return err
	}
	if failed > 0 {
		return &codedError{exitPartial, fmt.Errorf(`%d of %d lines failed; their output lines carry an "error" field`, failed, total)}
	}
	return nil
}
