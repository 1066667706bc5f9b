package timeline_test

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/timeline"
)

// timemlDir holds the TempEval-3 TimeML corpora (see /work/shared/data);
// tests that need it skip when it is absent.
const timemlDir = "../../shared/data/timeml"

// embassyBombings are AQUAINT articles of Aug. 7-11, 1998 on the bombings
// of the US embassies in Nairobi and Dar es Salaam: many reports of a few
// happenings.
var embassyBombings = []string{
	"APW19980807.0261", "APW19980808.0022", "APW19980809.0700", "APW19980810.0907", "APW19980811.0474",
	"XIE19980808.0031", "XIE19980808.0049", "XIE19980808.0060", "XIE19980808.0188", "XIE19980809.0010",
}

var (
	timemlText  = regexp.MustCompile(`(?s)<TEXT>(.*?)</TEXT>`)
	timemlTitle = regexp.MustCompile(`(?s)<TITLE>(.*?)</TITLE>`)
	timemlDCT   = regexp.MustCompile(`<TIMEX3[^>]*value="(\d{4}-\d{2}-\d{2})[^"]*"[^>]*functionInDocument="CREATION_TIME"`)
	timemlTag   = regexp.MustCompile(`<[^>]+>`)
)

// readTimeML reads a TimeML file crudely: the text content of <TEXT> with
// its tags stripped, the <TITLE>, and the creation time as publication
// date.
func readTimeML(t *testing.T, path string) *timeline.Document {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := timemlText.FindSubmatch(data)
	dct := timemlDCT.FindSubmatch(data)
	if text == nil || dct == nil {
		t.Fatalf("%s: no TEXT or no CREATION_TIME", path)
	}
	published, err := time.Parse(time.DateOnly, string(dct[1]))
	if err != nil {
		t.Fatal(err)
	}
	title := ""
	if m := timemlTitle.FindSubmatch(data); m != nil {
		title = html.UnescapeString(string(timemlTag.ReplaceAll(m[1], nil)))
	}
	body := html.UnescapeString(string(timemlTag.ReplaceAll(text[1], nil)))
	id := strings.TrimSuffix(filepath.Base(path), ".tml")
	return timeline.NewDocument(id, title, body, published, "")
}

// TestTimeMLMerge builds one timeline from AQUAINT news on the 1998
// embassy bombings and checks the merge invariants on real text; go test
// -v shows the merged events.
func TestTimeMLMerge(t *testing.T) {
	dir := filepath.Join(timemlDir, "AQUAINT")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("TimeML corpus not available (%v): the test reads AQUAINT articles from %s", err, dir)
	}
	var docs []*timeline.Document
	for _, id := range embassyBombings {
		docs = append(docs, readTimeML(t, filepath.Join(dir, id+".tml")))
	}
	tl, err := timeline.Build(docs, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Sources) != len(docs) || len(tl.Skipped) != 0 {
		t.Fatalf("%d sources, skipped %v; want all %d documents used", len(tl.Sources), tl.Skipped, len(docs))
	}
	checkMerged(t, tl.Events)
	merged, citations := 0, 0
	for _, e := range tl.Events {
		citations += len(e.Citations)
		if len(e.Citations) < 2 {
			continue
		}
		merged++
		var cs []string
		for _, c := range e.Citations {
			cs = append(cs, c.Doc+":"+strconv.Itoa(c.Sentence))
		}
		t.Logf("%s %s [%s; %s; %v] %q\n\tcited by %s%s", e.When.Value.Value, e.When.Phrase, e.Kind.Name, e.Place, actorNames(e.Actors),
			e.Text, strings.Join(cs, ", "), conflictNote(e.DateConflict))
	}
	t.Logf("%d documents, %d events, %d of them merged, %d citations", len(docs), len(tl.Events), merged, citations)
	total := 0
	for _, s := range tl.Sources {
		total += s.Events
	}
	if total != citations {
		t.Errorf("sources count %d events, the events have %d citations", total, citations)
	}
}

func actorNames(as []timeline.Actor) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func conflictNote(c string) string {
	if c == "" {
		return ""
	}
	return "\n\tdates disagree: " + c
}
