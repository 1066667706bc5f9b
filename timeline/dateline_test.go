package timeline_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/timeline"
)

func TestDateline(t *testing.T) {
	tests := []struct {
		name string
		in   string
		date string // YYYY-MM-DD; "" for no dateline
		text string // the dateline as written
	}{
		// Wire-service datelines.
		{name: "reuters", in: "GENEVA, Aug. 26, 2016 (Reuters) - The top diplomats met on Friday.", date: "2016-08-26", text: "GENEVA, Aug. 26, 2016"},
		{name: "ap em dash", in: "GENEVA, Aug 26, 2016 (AP) — The talks began.", date: "2016-08-26", text: "GENEVA, Aug 26, 2016"},
		{name: "press release", in: "NEW YORK, August 26, 2016 /PRNewswire/ -- Example Corp. said today ...", date: "2016-08-26", text: "NEW YORK, August 26, 2016"},
		{name: "place with country", in: "Geneva, Switzerland, Aug. 26, 2016 — Talks began.", date: "2016-08-26", text: "Geneva, Switzerland, Aug. 26, 2016"},
		{name: "place alone on a line", in: "WASHINGTON, D.C., Sept. 30, 2016\n\nThe Senate voted.", date: "2016-09-30", text: "WASHINGTON, D.C., Sept. 30, 2016"},
		{name: "place with weekday", in: "GENEVA, Friday, Aug. 26, 2016 (Reuters) - Talks.", date: "2016-08-26", text: "GENEVA, Friday, Aug. 26, 2016"},
		{name: "two places", in: "BEIJING/OTTAWA, Dec. 12, 2024 (Reuters) - Canada said.", date: "2024-12-12", text: "BEIJING/OTTAWA, Dec. 12, 2024"},
		// Labelled dates.
		{name: "published", in: "Published: Friday, August 26, 2016", date: "2016-08-26", text: "Published: Friday, August 26, 2016"},
		{name: "updated with time", in: "Updated Aug. 26, 2016 3:15 p.m. ET", date: "2016-08-26", text: "Updated Aug. 26, 2016"},
		{name: "posted numeric", in: "Posted on 08/26/2016", date: "2016-08-26", text: "Posted on 08/26/2016"},
		{name: "posted short year", in: "Posted on 8/26/16 by admin", date: "2016-08-26", text: "Posted on 8/26/16"},
		{name: "label then text", in: "Published Aug. 26, 2016 | By Jane Smith", date: "2016-08-26", text: "Published Aug. 26, 2016"},
		{name: "markdown emphasis", in: "**Published:** Aug. 26, 2016", date: "2016-08-26", text: "**Published:** Aug. 26, 2016"},
		{name: "abbreviated weekday", in: "Last updated: Fri., Aug. 26, 2016", date: "2016-08-26", text: "Last updated: Fri., Aug. 26, 2016"},
		// A date on a line of its own.
		{name: "month day year", in: "August 26, 2016", date: "2016-08-26", text: "August 26, 2016"},
		{name: "day month year", in: "26 August 2016", date: "2016-08-26", text: "26 August 2016"},
		{name: "iso", in: "2016-08-26", date: "2016-08-26", text: "2016-08-26"},
		{name: "iso timestamp", in: "2016-08-26T10:15:00Z", date: "2016-08-26", text: "2016-08-26T10:15:00Z"},
		{name: "with time and zone", in: "Aug. 26, 2016, 3:15 PM EDT", date: "2016-08-26", text: "Aug. 26, 2016, 3:15 PM EDT"},
		{name: "british", in: "Friday 26 August 2016 10.15 BST", date: "2016-08-26", text: "Friday 26 August 2016 10.15 BST"},
		{name: "date then story", in: "Aug. 26, 2016 — The ministers met.", date: "2016-08-26", text: "Aug. 26, 2016"},
		// Where the lines are.
		{name: "after title and byline", in: "Kerry meets Lavrov\n\nBy Jane Smith\n\nAugust 26, 2016\n\nThe talks began.", date: "2016-08-26", text: "August 26, 2016"},
		{name: "boilerplate does not count", in: "Share\n\nAdvertisement\n\nKerry meets Lavrov\n\nBy Jane Smith\n\nAugust 26, 2016", date: "2016-08-26", text: "August 26, 2016"},
		{name: "CRLF", in: "Kerry meets Lavrov\r\n\r\nPublished: Aug. 26, 2016\r\n", date: "2016-08-26", text: "Published: Aug. 26, 2016"},
		{name: "publication beats update", in: "Updated Aug. 27, 2016\nPublished Aug. 26, 2016", date: "2016-08-26", text: "Published Aug. 26, 2016"},
		{name: "update when alone", in: "Updated Aug. 27, 2016\n\nThe talks ended.", date: "2016-08-27", text: "Updated Aug. 27, 2016"},
		{name: "first dateline wins", in: "August 26, 2016\n\nAugust 27, 2016", date: "2016-08-26", text: "August 26, 2016"},

		// Not datelines.
		{name: "no year", in: "GENEVA, Aug. 26 (Reuters) - The top diplomats met.", date: ""},
		{name: "no year ap", in: "GENEVA, Aug 26 (AP) — The top diplomats met.", date: ""},
		{name: "month and day alone", in: "May 5", date: ""},
		{name: "date inside a sentence", in: "Talks began Aug. 26, 2016, in Geneva.", date: ""},
		{name: "date starts a sentence", in: "August 26, 2016 was the hottest day of the year.", date: ""},
		{name: "deep in the body", in: "Kerry meets Lavrov\n\nThe talks began.\n\nThey went on.\n\nAugust 26, 2016", date: ""},
		{name: "fourth line", in: "A.\n\nB.\n\nC.\n\nPublished: Aug. 26, 2016", date: ""},
		{name: "year alone", in: "2016", date: ""},
		{name: "numbers", in: "290,000\n\n48\n\n2-1", date: ""},
		{name: "month and year", in: "Published: August 2016", date: ""},
		{name: "no such day", in: "Published: Sept. 31, 2016", date: ""},
		{name: "lower-case place", in: "in Geneva, Aug. 26, 2016 (Reuters) - Talks.", date: ""},
		{name: "place without end", in: "GENEVA, Aug. 26, 2016 the ministers met.", date: ""},
		{name: "relative", in: "Published: yesterday", date: ""},
		{name: "year one", in: "0001-01-01", date: ""},
		{name: "empty", in: "", date: ""},
		{name: "blank", in: "\n\n  \n", date: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			date, text, ok := timeline.Dateline(tt.in)
			if tt.date == "" {
				if ok {
					t.Fatalf("Dateline(%q) = %s, %q; want none", tt.in, date.Format(time.DateOnly), text)
				}
				return
			}
			if !ok {
				t.Fatalf("Dateline(%q): none; want %s %q", tt.in, tt.date, tt.text)
			}
			if got := date.Format(time.DateOnly); got != tt.date || text != tt.text {
				t.Errorf("Dateline(%q) = %s, %q; want %s, %q", tt.in, got, text, tt.date, tt.text)
			}
			if date.Location() != time.UTC || date.Hour() != 0 {
				t.Errorf("date %v is not midnight UTC", date)
			}
		})
	}
}

// TestReadDocumentDateline checks that ReadDocument falls back on the
// dateline, and says where the date came from.
func TestReadDocumentDateline(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		published string
		from      string
	}{
		{name: "front matter", in: "---\npublished: 2016-08-26\n---\nGENEVA, Aug. 1, 2016 (Reuters) - Talks.\n", published: "2016-08-26", from: "front matter"},
		{name: "dateline", in: "Kerry, Lavrov kick off Syria talks\n\nGENEVA, Aug. 26, 2016 (Reuters) - The top diplomats met.\n", published: "2016-08-26", from: "dateline: GENEVA, Aug. 26, 2016"},
		{name: "front matter without date", in: "---\ntitle: T\n---\nPublished: Friday, August 26, 2016\n\nThe talks began.\n", published: "2016-08-26", from: "header: Published: Friday, August 26, 2016"},
		{name: "none", in: "Kerry met Lavrov on Friday.\n", published: "", from: ""},
		{name: "year missing", in: "GENEVA, Aug. 26 (AP) — The talks began.\n", published: "", from: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := timeline.ReadDocument("a.txt", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, doc)
			var published string
			if !doc.Published.IsZero() {
				published = doc.Published.Format(time.DateOnly)
			}
			if published != tt.published || doc.DateFrom != tt.from {
				t.Errorf("Published, DateFrom = %q, %q; want %q, %q", published, doc.DateFrom, tt.published, tt.from)
			}
		})
	}
}

func FuzzDateline(f *testing.F) {
	for _, s := range []string{
		"GENEVA, Aug. 26, 2016 (Reuters) - The top diplomats met.",
		"Published: Friday, August 26, 2016",
		"Updated Aug. 26, 2016 3:15 p.m. ET",
		"Posted on 8/26/16",
		"Title\n\nBy Jane\n\n26 August 2016 10.15 BST",
		"GENEVA, Aug 26 (AP) —",
		"Friday, Fri., Sun, Aug. 26, 2016 —",
		"\xffPublished: Aug. 26, 2016\xfe",
		"2016-08-26T10:15:00+02:00",
		"0001-01-01",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		date, match, ok := timeline.Dateline(text)
		if !ok {
			if !date.IsZero() || match != "" {
				t.Fatalf("no dateline, but date %v and text %q", date, match)
			}
			return
		}
		if match == "" || !strings.Contains(text, match) {
			t.Fatalf("dateline %q is not in the text %q", match, text)
		}
		if date.IsZero() || date.Location() != time.UTC || date.Hour() != 0 || date.Minute() != 0 {
			t.Fatalf("date %v is not midnight UTC", date)
		}
		date2, match2, ok2 := timeline.Dateline(text)
		if !ok2 || !date2.Equal(date) || match2 != match {
			t.Fatalf("not deterministic: %v %q, then %v %q", date, match, date2, match2)
		}
	})
}

func ExampleDateline() {
	article := `Kerry, Lavrov kick off Syria talks in Geneva

GENEVA, Aug. 26, 2016 (Reuters) - The top diplomats of Russia and the United States met on Friday.
`
	date, text, ok := timeline.Dateline(article)
	fmt.Println(date.Format("2006-01-02"), text, ok)

	// A month and day are not enough: the year is unknown.
	_, _, ok = timeline.Dateline("GENEVA, Aug. 26 (AP) — The talks began.")
	fmt.Println(ok)
	// Output:
	// 2016-08-26 GENEVA, Aug. 26, 2016 true
	// false
}
