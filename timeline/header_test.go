package timeline_test

import (
	"slices"
	"testing"

	"github.com/timelinehq/timeline/timeline"
)

func TestReadDocumentHeader(t *testing.T) {
	tests := []struct {
		name                string
		in                  string
		title, url, source  string
		published, dateFrom string
		skipped             []string
		first               string // first sentence
	}{
		{
			name: "scraper header",
			in: "Title: Kerry meets Lavrov\nBy: Jane Smith\nSource: Reuters\nURL: https://example.com/a\n" +
				"Section: World\nPublished: Friday, August 26, 2016\n\nKerry met Lavrov in Geneva on Friday.",
			title: "Kerry meets Lavrov", url: "https://example.com/a", source: "Reuters",
			published: "2016-08-26", dateFrom: "header: Published: Friday, August 26, 2016",
			skipped: []string{"header: Title: Kerry meets Lavrov", "header: By: Jane Smith", "header: Source: Reuters",
				"header: URL: https://example.com/a", "header: Section: World", "dateline: Published: Friday, August 26, 2016"},
			first: "Kerry met Lavrov in Geneva on Friday.",
		},
		{
			name:      "a labelled date before the title is no title",
			in:        "Published: 2023-07-12\n\nGrain talks resume\n\nOfficials met on Tuesday.",
			title:     "Grain talks resume",
			published: "2023-07-12", dateFrom: "header: Published: 2023-07-12",
			skipped: []string{"dateline: Published: 2023-07-12", "title: Grain talks resume"},
			first:   "Officials met on Tuesday.",
		},
		{
			name:      "a date on its own line before the title",
			in:        "Aug. 26, 2016\n\nKerry meets Lavrov\n\nThe talks began.",
			title:     "Kerry meets Lavrov",
			published: "2016-08-26", dateFrom: "dateline: Aug. 26, 2016",
			skipped: []string{"dateline: Aug. 26, 2016", "title: Kerry meets Lavrov"},
			first:   "The talks began.",
		},
		{
			name:      "title, then a date line with no blank line between",
			in:        "Kerry meets Lavrov\nAug. 26, 2016\n\nThe talks began.",
			title:     "Kerry meets Lavrov",
			published: "2016-08-26", dateFrom: "dateline: Aug. 26, 2016",
			skipped: []string{"title: Kerry meets Lavrov", "dateline: Aug. 26, 2016"},
			first:   "The talks began.",
		},
		{
			name:   "markdown emphasis",
			in:     "**Source:** Reuters  \n**Date:** 2016-08-26\n\nThe talks began on Friday.",
			source: "Reuters", published: "2016-08-26", dateFrom: "header: **Date:** 2016-08-26",
			skipped: []string{"header: **Source:** Reuters", "dateline: **Date:** 2016-08-26"},
			first:   "The talks began on Friday.",
		},
		{
			name:  "front matter wins",
			in:    "---\ntitle: Kerry meets Lavrov\npublished: 2016-08-26\nsource: AP\n---\nTitle: Talks in Geneva\nSource: Reuters\n\nThe talks began.",
			title: "Kerry meets Lavrov", source: "AP", published: "2016-08-26", dateFrom: "front matter",
			skipped: []string{"header: Title: Talks in Geneva", "header: Source: Reuters"},
			first:   "The talks began.",
		},
		{
			name:      "no header after the article text starts",
			in:        "Published: 2016-08-26\n\nKerry met Lavrov on Friday. They talked for hours.\n\nSource: Reuters\nTitle: not a header here",
			published: "2016-08-26", dateFrom: "header: Published: 2016-08-26",
			skipped: []string{"dateline: Published: 2016-08-26"},
			first:   "Kerry met Lavrov on Friday.",
		},
		{
			name:      "unknown labels are text",
			in:        "Published: 2016-08-26\n\nUpdate: the talks resumed on Friday.\nNote: Kerry met Lavrov.",
			published: "2016-08-26", dateFrom: "header: Published: 2016-08-26",
			skipped: []string{"dateline: Published: 2016-08-26"},
			first:   "Update: the talks resumed on Friday.",
		},
		{
			name:    "a sentence with a date is no date line",
			in:      "Title: Talks\n\nAug. 26, 2016 was the day the talks began.",
			title:   "Talks",
			skipped: []string{"header: Title: Talks"},
			first:   "Aug. 26, 2016 was the day the talks began.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := timeline.ReadDocument("a.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, doc)
			if doc.Title != tt.title || doc.URL != tt.url || doc.Source != tt.source {
				t.Errorf("Title, URL, Source = %q, %q, %q; want %q, %q, %q", doc.Title, doc.URL, doc.Source, tt.title, tt.url, tt.source)
			}
			published := ""
			if !doc.Published.IsZero() {
				published = doc.Published.Format("2006-01-02")
			}
			if published != tt.published || doc.DateFrom != tt.dateFrom {
				t.Errorf("Published %q from %q, want %q from %q", published, doc.DateFrom, tt.published, tt.dateFrom)
			}
			if got := docSkipped(doc); !slices.Equal(got, tt.skipped) {
				t.Errorf("Skipped:\n got %q\nwant %q", got, tt.skipped)
			}
			if got := docSentences(doc); len(got) == 0 || got[0] != tt.first {
				t.Errorf("sentences = %q, want the first to be %q", got, tt.first)
			}
		})
	}
}
