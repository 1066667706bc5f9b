package cmd

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

type buildFlags struct {
	published, format, output, docType, title string
}

func newBuildCmd() *cobra.Command {
	var fl buildFlags
	cmd := &cobra.Command{
		Use:   "build FILE...",
		Short: "Build one timeline from articles",
		Long: `build reads articles, dates their sentences, and writes one timeline ordered
by date, each event citing its article and sentence. "-" reads an article from
standard input.

Every article needs a publication date, to resolve phrases like "last
month": a "published:" line in its front matter, or --published, which
applies to every article. All articles are read before anything is written;
if one fails, nothing is.`,
		Example: `  timeline build article.md
  timeline build --published 2016-08-26 -o timeline.json a.txt b.txt
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
	cmd.Flags().StringVar(&fl.title, "title", "", "timeline `title` (default: the title of a single article, else \"Timeline\")")
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
	docType, err := parseDocType(fl.docType)
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

	// Read every article and report all problems at once.
	var docs []*timeline.Document
	var errs []error
	for _, path := range args {
		doc, err := readDocument(cmd.InOrStdin(), path)
		if err == nil {
			doc.Published, err = anchor(doc, path, published)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, doc)
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}

	t, err := timeline.Build(docs, timeline.Options{Title: fl.title, DocType: docType})
	if err != nil {
		return fmt.Errorf("cannot build the timeline: %w", err)
	}

	// Render in memory so a failure leaves no partial output.
	var buf bytes.Buffer
	switch format {
	case "json":
		err = render.JSON(&buf, t)
	default:
		err = render.Markdown(&buf, t)
	}
	if err != nil {
		return fmt.Errorf("cannot render the timeline as %s: %w", format, err)
	}
	if _, err := out.Write(buf.Bytes()); err != nil {
		return err
	}
	return out.commit()
}
