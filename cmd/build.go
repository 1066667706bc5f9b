package cmd

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/timelinehq/timeline/internal/kind"
	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

// timelineFlags are the flags of the commands that write a timeline:
// build and merge.
type timelineFlags struct {
	format, output, title string

	actors, kinds []string
	from, to      string
	topDates      int
	frontMatter   bool
}

type buildFlags struct {
	timelineFlags
	published, docType, inputFormat string

	jobs           int
	quiet, partial bool
}

func newBuildCmd() *cobra.Command {
	var fl buildFlags
	cmd := &cobra.Command{
		Use:   "build INPUT...",
		Short: "Build one timeline from articles",
		Long: `build reads articles, dates their sentences, and writes one timeline ordered
by date, each event citing its article and sentence.

An INPUT is an article file (text or Markdown, with optional front matter),
a saved web page (.html, .htm, or a file that starts like HTML), a
JSON-lines corpus (a file ending in .jsonl, one {"id", "title", "text",
"published", "url"} object per line), a folder (every .txt, .md, .markdown,
.text, .html, .htm and .jsonl file under it, by path; hidden files are
ignored and other files skipped), or "-": standard input, read as JSON
lines if it starts with '{', else as an article. --input-format reads every
input as one format instead.

Every article needs a publication date, to resolve phrases like "last
month": a "published:" line in its front matter, a "published" field, or
--published, which applies to every article.

Events that several articles report (the same kind of event, dates that
overlap, a shared actor or place) become one event citing all of them.
--actor, --kind, --from and --to then keep some events, and --top-dates N
the events of the N days the articles report most: each day dated to the
day scores the sum, over the articles reporting it, of 1/(1 + days between
the article's publication and the day); coarser dates are left out, and a
lead, dated by its article's publication, scores nothing.

Inputs that cannot be used (unreadable, not UTF-8, bad front matter or JSON,
no publication date) are skipped: each is named on standard error and listed
under "Skipped" in the output, and build exits with code 3. If none can be
used, nothing is written and the exit code is 1. Of articles with the same
id or text, the first in path order is used.

Documents are read and analysed on --jobs cores at once, and events are
merged on as many; the output is the same for any number. (The environment
variable GOMAXPROCS caps the cores of the whole run, writing included.) On a terminal, a long build shows its progress on
standard error (--quiet: never). Ctrl-C stops it: nothing is written and
the exit code is 130.

--partial writes a partial timeline instead: JSON lines holding each
document's source and unmerged events, and the skipped inputs, as soon as
each document is read. "timeline merge" turns any number of partials into
the timeline one build over all their inputs gives, so a large corpus can
be built in pieces, on many machines. The filters, --title and --format
apply when the partials are merged. Skipped inputs are named on standard
error but do not change the exit code of --partial: they travel in the
partial, and merge reports them.`,
		Example: `  timeline build article.md
  timeline build --published 2016-08-26 -o timeline.json a.txt b.txt
  timeline build articles/ corpus.jsonl --actor Kerry --from 2016-08-01 --to 2016-09-30
  timeline build --top-dates 5 articles/
  curl -s https://example.com/story.txt | timeline build --published 2016-08-26 -
  timeline build --jobs 8 --quiet -o timeline.json corpus.jsonl
  timeline build --partial -o part1.jsonl articles/2016/ && timeline merge part*.jsonl`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return errors.New(`build needs at least one article file ("-" reads standard input)`)
			}
			return nil
		},
		RunE: runE(func(cmd *cobra.Command, args []string) error {
			return runBuild(cmd, args, &fl)
		}),
	}
	addCommonFlags(cmd, &fl.published, &fl.format, &fl.output, &fl.docType, buildFormats)
	addTimelineFlags(cmd, &fl.timelineFlags)
	f := cmd.Flags()
	f.IntVar(&fl.jobs, "jobs", runtime.GOMAXPROCS(0), "read and analyse `N` documents at once and merge on N workers, by default one per core; the output does not change")
	f.BoolVarP(&fl.quiet, "quiet", "q", false, "show no progress on standard error")
	f.BoolVar(&fl.partial, "partial", false, "write a partial timeline (JSON lines) for timeline merge: each document's unmerged events")
	f.StringVar(&fl.inputFormat, "input-format", "auto", "read every input as `format`: auto (by extension and content), text, markdown, html or jsonl")
	_ = cmd.RegisterFlagCompletionFunc("input-format", cobra.FixedCompletions(timeline.InputFormats, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("jobs", cobra.NoFileCompletions)
	return cmd
}

// addTimelineFlags adds the flags that say what a timeline holds and how it
// is titled: --title, the filters, --top-dates and --front-matter.
func addTimelineFlags(cmd *cobra.Command, fl *timelineFlags) {
	f := cmd.Flags()
	f.StringVar(&fl.title, "title", "", "timeline `title` (default: the title of a single article, else \"Timeline\")")
	f.StringArrayVar(&fl.actors, "actor", nil, "keep events with this `actor` (\"Kerry\", \"Russia\", \"UN\"); repeat for any of several")
	f.StringArrayVar(&fl.kinds, "kind", nil, "keep events of this `kind` (a name or CAMEO code); repeat for any of several")
	f.StringVar(&fl.from, "from", "", "keep events on or after this `date` (YYYY-MM-DD): whose dates overlap --from..--to")
	f.StringVar(&fl.to, "to", "", "keep events on or before this `date` (YYYY-MM-DD)")
	f.BoolVar(&fl.frontMatter, "front-matter", false, "with --format markdown: start with YAML front matter (title, date, description) for Hugo and Jekyll")
	f.IntVar(&fl.topDates, "top-dates", 0, "keep only the events of the `N` days the articles report most (0: all)")

	_ = cmd.RegisterFlagCompletionFunc("kind", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return kindNames(), cobra.ShellCompDirectiveNoFileComp
	})
	for _, name := range []string{"actor", "from", "to", "top-dates", "title"} {
		_ = cmd.RegisterFlagCompletionFunc(name, cobra.NoFileCompletions)
	}
}

// timelineOptions reads the flags of timelineFlags: the output format, and
// the options of the timeline.
func (fl *timelineFlags) timelineOptions(cmd *cobra.Command) (string, timeline.Options, error) {
	var opts timeline.Options
	format, err := buildFormats.pick(cmd, fl.format, fl.output)
	if err != nil {
		return "", opts, err
	}
	if fl.frontMatter && format != "markdown" {
		return "", opts, usageErrorf("--front-matter goes with --format markdown, not %s", format)
	}
	if opts.Filter, err = parseFilter(fl); err != nil {
		return "", opts, err
	}
	if fl.topDates < 0 {
		return "", opts, usageErrorf("invalid --top-dates %d: use a number of days, or 0 for all", fl.topDates)
	}
	opts.Title, opts.TopDates = fl.title, fl.topDates
	return format, opts, nil
}

// checkNotPartial rejects the flags that only apply to a final timeline
// when --partial is given to command (build or merge).
func checkNotPartial(cmd *cobra.Command, command string) error {
	for _, name := range []string{"format", "title", "front-matter", "actor", "kind", "from", "to", "top-dates"} {
		if cmd.Flags().Changed(name) {
			if command == "merge" {
				return usageErrorf("--%s does not apply with --partial, which writes a partial timeline: pass it to the last timeline merge", name)
			}
			return usageErrorf("--%s does not apply with --partial, which writes a partial timeline: pass it to timeline merge", name)
		}
	}
	return nil
}

func runBuild(cmd *cobra.Command, args []string, fl *buildFlags) error {
	ctx := cmd.Context()
	published, err := parsePublished(fl.published)
	if err != nil {
		return err
	}
	var format string
	var opts timeline.Options
	if fl.partial {
		err = checkNotPartial(cmd, "build")
	} else {
		format, opts, err = fl.timelineOptions(cmd)
	}
	if err != nil {
		return err
	}
	if opts.DocType, err = parseDocType(fl.docType); err != nil {
		return err
	}
	inputFormat, ok := timeline.ParseInputFormat(fl.inputFormat)
	if !ok {
		return usageErrorf("invalid --input-format %q: use %s", fl.inputFormat, orList(timeline.InputFormats))
	}
	if fl.jobs < 1 {
		return usageErrorf("--jobs must be at least 1, got %d", fl.jobs)
	}
	opts.Jobs = fl.jobs
	if err := checkStdinOnce(args); err != nil {
		return err
	}

	stdout := &countingWriter{w: cmd.OutOrStdout()}
	out, err := openOutput(stdout, fl.output)
	if err != nil {
		return err
	}
	defer out.discard()

	inputs, total := listInputs(args, inputFormat, cmd.InOrStdin())
	bar := newProgress(cmd, fl.quiet, total, "docs")
	defer bar.stop()
	opts.Progress = func(p timeline.Progress) { bar.update(p.Docs, p.Bytes) }
	var warnings []string // printed once the progress display is gone
	opts.Warn = func(w string) { warnings = append(warnings, w) }
	defer func() {
		for _, w := range warnings {
			fmt.Fprintf(cmd.ErrOrStderr(), "timeline: %s\n", w)
		}
	}()
	corpus := &timeline.Corpus{Published: published}

	if fl.partial {
		defer streamMemory()()
		// Each document's records are written as soon as it is read.
		pw := timeline.NewPartialWriter(out)
		var skipped []timeline.SkippedDoc
		err := corpus.StreamEncoded(ctx, slices.Values(inputs), opts, pw.Encode, func(p *timeline.Partial, records []byte) error {
			skipped = append(skipped, p.Skipped...)
			return pw.WriteEncoded(records)
		})
		bar.stop()
		if ctx.Err() != nil {
			out.discard()
			if stdout.n > 0 {
				return &codedError{exitInterrupted, errors.New("interrupted; the partial timeline on standard output is incomplete")}
			}
			return errInterrupted
		}
		if err != nil {
			return err
		}
		if err := out.commit(); err != nil {
			return err
		}
		for _, e := range skippedErrors(skipped) {
			fmt.Fprintf(cmd.ErrOrStderr(), "timeline: %v\n", e)
		}
		return nil
	}

	defer wholeMemory()()
	corpus.NoDigests = true // what Read keeps is merged here, never written
	if err := corpus.Read(ctx, slices.Values(inputs), opts); err != nil {
		bar.stop()
		if ctx.Err() != nil {
			return errInterrupted
		}
		return err
	}
	bar.stop()
	t, err := corpus.BuildContext(ctx, opts)
	if ctx.Err() != nil {
		return errInterrupted
	}
	if err != nil {
		return fmt.Errorf("cannot build the timeline: %w", err)
	}
	return writeTimeline(cmd, out, t, format, fl.frontMatter)
}

// writeTimeline renders t as format to out and commits it. It fails when
// no input could be used (exit 1), and reports the skipped inputs (exit 3).
// outputEstimate is a little more than the size of t written as JSON, the
// longest format (1.1-1.2 times on TimeML and WikiWars texts), so that
// rendering it into memory takes one buffer: each event's text and its
// date, names and kind, and each citation's quote and place.
func outputEstimate(t *timeline.Timeline) int {
	n := 4096 + 512*len(t.Sources)
	for i := range t.Events {
		e := &t.Events[i]
		n += len(e.Text) + 896
		for j := range e.Citations {
			n += len(e.Citations[j].Quote) + len(e.Citations[j].Doc) + 176
		}
	}
	return n
}

func writeTimeline(cmd *cobra.Command, out *output, t *timeline.Timeline, format string, frontMatter bool) error {
	if len(t.Sources) == 0 {
		errs := skippedErrors(t.Skipped)
		errs = append(errs, errors.New("no input could be used; nothing was written"))
		return errors.Join(errs...)
	}
	// Render standard output in memory, so that a failure leaves no partial
	// output; an -o file appears only when it is complete anyway.
	var buf bytes.Buffer
	var w io.Writer = &buf
	if out.file != nil {
		w = out
	} else {
		buf.Grow(outputEstimate(t)) // no copy at each doubling of tens of megabytes
	}
	var err error
	switch format {
	case "json":
		err = render.JSON(w, t)
	case "timelinejs":
		err = render.TimelineJS(w, t)
	case "html":
		err = render.HTML(w, t)
	case "csv":
		err = render.CSV(w, t)
	case "ics":
		err = render.ICS(w, t)
		if n := render.ICSSkipped(t); n > 0 && err == nil {
			fmt.Fprintf(cmd.ErrOrStderr(), "timeline: %d events not in the calendar: dated coarser than a month, not to a day (\"in the coming days\"), or outside the years 1 to 9999 that iCalendar can write\n", n)
		}
	default:
		if frontMatter {
			err = render.MarkdownWithFrontMatter(w, t)
		} else {
			err = render.Markdown(w, t)
		}
	}
	if err != nil {
		return fmt.Errorf("cannot render the timeline as %s: %w", format, err)
	}
	if cmd.Context().Err() != nil {
		return errInterrupted
	}
	if _, err := out.Write(buf.Bytes()); err != nil {
		return err
	}
	if err := out.commit(); err != nil {
		return err
	}
	if len(t.Skipped) > 0 {
		return &codedError{exitPartial, errors.Join(skippedErrors(t.Skipped)...)}
	}
	return nil
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// skippedErrors are the messages for skipped inputs, one each:
// "skipped corpus.jsonl:7: no publication date: ...".
func skippedErrors(skipped []timeline.SkippedDoc) []error {
	errs := make([]error, len(skipped))
	for i, s := range skipped {
		errs[i] = fmt.Errorf("skipped %s: %s", displayName(s.Path), s.Reason)
	}
	return errs
}

// parseFilter reads --actor, --kind, --from and --to.
func parseFilter(fl *timelineFlags) (timeline.Filter, error) {
	var f timeline.Filter
	for _, a := range fl.actors {
		if a = strings.TrimSpace(a); a == "" {
			return f, usageErrorf("empty --actor: give a name, e.g. --actor Kerry")
		}
		f.Actors = append(f.Actors, a)
	}
	for _, s := range fl.kinds {
		k, ok := parseKind(s)
		if !ok {
			return f, usageErrorf("unknown --kind %q: use %s", s, orList(kindNames()))
		}
		f.Kinds = append(f.Kinds, k)
	}
	var err error
	if f.From, err = parseDay("from", fl.from); err != nil {
		return f, err
	}
	if f.To, err = parseDay("to", fl.to); err != nil {
		return f, err
	}
	if !f.From.IsZero() && !f.To.IsZero() && f.To.Before(f.From) {
		return f, usageErrorf("--from %s is after --to %s", fl.from, fl.to)
	}
	return f, nil
}

// parseKind reads a --kind value: what kind.Parse accepts, or the name of
// one of kind.All.
func parseKind(s string) (timeline.Kind, bool) {
	s = strings.TrimSpace(s)
	k, ok := kind.Parse(s)
	if !ok {
		for _, c := range kind.All() {
			if strings.EqualFold(c.Name, s) {
				k, ok = c, true
				break
			}
		}
	}
	return timeline.Kind{Name: k.Name, CAMEO: k.CAMEO}, ok
}

// kindNames lists the kinds --kind accepts, in kind.All's order.
func kindNames() []string {
	var names []string
	for _, k := range kind.All() {
		names = append(names, k.Name)
	}
	return names
}

// parseDay reads the YYYY-MM-DD value of flag --name; "" is no date.
func parseDay(name, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return time.Time{}, usageErrorf("invalid --%s %q: use YYYY-MM-DD, e.g. 2016-08-26", name, s)
	}
	return t, nil
}
