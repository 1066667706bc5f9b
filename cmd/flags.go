package cmd

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/timelinehq/timeline/dates"
)

const dateLayout = "2006-01-02"

// parsePublished parses a --published value strictly as YYYY-MM-DD, midnight
// UTC. An empty value gives the zero time.
func parsePublished(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return time.Time{}, usageErrorf("invalid --published %q: use YYYY-MM-DD, e.g. 2016-08-26", s)
	}
	if t.IsZero() {
		// The zero time stands for "not given" throughout.
		return time.Time{}, usageErrorf("invalid --published %q: the earliest date is 0001-01-02", s)
	}
	return t, nil
}

func parseDocType(s string) (dates.DocType, error) {
	switch strings.ToLower(s) {
	case "news":
		return dates.News, nil
	case "narrative":
		return dates.Narrative, nil
	}
	return 0, usageErrorf("invalid --doc-type %q: use news or narrative", s)
}

// formats are the output formats of a command; the first is the default.
// Without --format, the extension of the -o file picks one (byExtension).
type formats []string

var (
	buildFormats = formats{"markdown", "json", "timelinejs", "html", "csv", "ics"}
	datesFormats = formats{"text", "json", "timeml"}
)

// byExtension maps an -o file's extension to the format it implies.
var byExtension = map[string]string{
	".json": "json", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html",
	".csv": "csv", ".ics": "ics", ".tml": "timeml", ".txt": "text",
}

// pick returns the --format value if it was given, else the format the -o
// file's extension implies, else the default.
func (f formats) pick(cmd *cobra.Command, value, out string) (string, error) {
	if !cmd.Flags().Changed("format") {
		if name, ok := byExtension[strings.ToLower(filepath.Ext(out))]; ok && slices.Contains(f, name) {
			return name, nil
		}
		return f[0], nil
	}
	if name := strings.ToLower(value); slices.Contains(f, name) {
		return name, nil
	}
	return "", usageErrorf("unknown --format %q: use %s", value, orList(f))
}

// addCommonFlags adds the flags build and dates share.
func addCommonFlags(cmd *cobra.Command, published, format, output, docType *string, f formats) {
	fl := cmd.Flags()
	fl.StringVar(published, "published", "", "publication `date` (YYYY-MM-DD) to resolve relative dates against, overriding front matter")
	fl.StringVar(format, "format", "", fmt.Sprintf("output `format`: %s (default: from the -o extension, else %s)", orList(f), f[0]))
	fl.StringVarP(output, "output", "o", "", "write to `FILE` (atomically) instead of standard output")
	fl.StringVar(docType, "doc-type", "news", "`type` of text, which says how relative dates are anchored: news (to the publication date) or narrative (to the last date mentioned)")

	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(f, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("doc-type", cobra.FixedCompletions([]string{"news", "narrative"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("published", cobra.NoFileCompletions)
}

// orList joins names as "a, b or c".
func orList(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
