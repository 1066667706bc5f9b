// Command when is olebedev/when's side of bench/compare.sh: it reads JSON
// lines {"id","text","published"} from a file (or "-", standard input),
// finds the date phrases of each text with when's English and common rules
// against the publication date, and writes one JSON line per document, as
// `timeline dates --jsonl` does:
//
//	{"id":...,"mentions":[{"start":3,"end":14,"text":"last Friday","value":"2016-08-19"}]}
//
// when's Parse returns the first phrase of a text only, so each text is
// parsed again after every phrase found. start and end are byte offsets.
//
//	go run ./bench/when corpus.jsonl > out.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/olebedev/when"
)

type input struct {
	ID        json.RawMessage `json:"id"`
	Text      string          `json:"text"`
	Published string          `json:"published"`
}

type mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Value string `json:"value"`
}

type output struct {
	ID       json.RawMessage `json:"id"`
	Mentions []mention       `json:"mentions"`
	Error    string          `json:"error,omitempty"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: when CORPUS.jsonl|- > out.jsonl")
		os.Exit(2)
	}
	var r io.Reader = os.Stdin
	if os.Args[1] != "-" {
		f, err := os.Open(os.Args[1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "when:", err)
			os.Exit(1)
		}
		defer f.Close()
		r = f
	}
	in := bufio.NewScanner(r)
	in.Buffer(nil, 64<<20)
	w := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		if len(in.Bytes()) == 0 {
			continue
		}
		if err := enc.Encode(tag(in.Bytes())); err != nil {
			fmt.Fprintln(os.Stderr, "when:", err)
			os.Exit(1)
		}
	}
	if err := in.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "when:", err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "when:", err)
		os.Exit(1)
	}
}

// tag finds every phrase of one line's text.
func tag(line []byte) output {
	var doc input
	if err := json.Unmarshal(line, &doc); err != nil {
		return output{ID: json.RawMessage("null"), Error: err.Error()}
	}
	ref, err := time.Parse(time.DateOnly, doc.Published)
	if err != nil {
		return output{ID: doc.ID, Error: "no published date"}
	}
	ref = ref.Add(12 * time.Hour) // noon: "today" is that day
	out := output{ID: doc.ID, Mentions: []mention{}}
	for off := 0; off < len(doc.Text); {
		res, err := when.EN.Parse(doc.Text[off:], ref)
		if err != nil || res == nil {
			break
		}
		start, end := off+res.Index, off+res.Index+len(res.Text)
		out.Mentions = append(out.Mentions, mention{Start: start, End: end, Text: res.Text, Value: res.Time.Format(time.DateOnly)})
		off = max(end, start+1)
	}
	return out
}
