package cmd

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/timelinehq/timeline/internal/kind"
	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

type buildFlags struct {
	published, format, output, docType, title string

	actors, kinds []string
	from, to      string
	topDates      int
	frontMatter   bool
}

func newBuildCmd() *cobra.Command {
	var fl buildFlags
	cmd := &cobra.Command{
		Use:   "build INPUT...",
		Short: "Build one timeline from articles",
		Long: `build reads articles, dates their sentences, and writes one timeline ordered
by date, each event citing its article and sentence.

An INPUT is an article file (text or Markdown, with optional front matter), a
JSON-lines corpus (a file ending in .jsonl, one {"id", "title", "text",
"published", "url"} object per line), a folder (every .txt, .md, .markdown,
.text and .jsonl file under it, by path; hidden files are ignored and other
files skipped), or "-": standard input, read as JSON lines if it starts with
'{', else as an article.

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
used, nothing is written and the exit code is 1.`,
		Example: `  timeline build article.md
  timeline build --published 2016-08-26 -o timeline.json a.txt b.txt
  timeline build articles/ corpus.jsonl --actor Kerry --from 2016-08-01 --to 2016-09-30
  timeline build --top-dates 5 articles/
  curl -s https://example.com/story.txt | timeline build --published 2016-08-26 -`,
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
	return cmd
}

func runBuild(cmd *cobra.Command, args []string, fl *buildFlags) error {
	published, err := parsePublished(fl.published)
	if err != nil {
		return err
	}
	format, err := buildFormats.pick(cmd, fl.format, fl.output)
	if err != nil {
		return err
	}
	if fl.frontMatter && format != "markdown" {
		return usageErrorf("--front-matter goes with --format markdown, not %s", format)
	}
	docType, err := parseDocType(fl.docType)
	if err != nil {
		return err
	}
	filter, err := parseFilter(fl)
	if err != nil {
		return err
	}
	if fl.topDates < 0 {
		return usageErrorf("invalid --top-dates %d: use a number of days, or 0 for all", fl.topDates)
	}
	if err := checkStdinOnce(args); err != nil {
		return err
	}

	out, err := openOutput(cmd.OutOrStdout(), fl.output)
	if err != nil {
		return err
	}
	defer out.discard()

	corpus := &timeline.Corpus{Published: published}
	readInputs(corpus, cmd.InOrStdin(), args)
	if len(corpus.Docs) == 0 {
		errs := skippedErrors(corpus.Skipped)
		errs = append(errs, errors.New("no input could be used; nothing was written"))
		return errors.Join(errs...)
	}

	t, err := corpus.Build(timeline.Options{Title: fl.title, DocType: docType, Filter: filter, TopDates: fl.topDates})
	if err != nil {
		return fmt.Errorf("cannot build the timeline: %w", err)
	}

	// Render in memory so a failure leaves no partial output.
	var buf bytes.Buffer
	switch format {
	case "json":
		err = render.JSON(&buf, t)
	case "timelinejs":
		err = render.TimelineJS(&buf, t)
	case "html":
		err = render.HTML(&buf, t)
	case "csv":
		err = render.CSV(&buf, t)
	case "ics":
		err = render.ICS(&buf, t)
		if n := render.ICSSkipped(t); n > 0 && err == nil {
			fmt.Fprintf(cmd.ErrOrStderr(), "timeline: %d events not in the calendar: dated coarser than a month, or not to a day (\"in the coming days\")\n", n)
		}
	default:
		if fl.frontMatter {
			err = render.MarkdownWithFrontMatter(&buf, t)
		} else {
			err = render.Markdown(&buf, t)
		}
	}
	if err != nil {
		return fmt.Errorf("cannot render the timeline as %s: %w", format, err)
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
func parseFilter(fl *buildFlags) (timeline.Filter, error) {
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
