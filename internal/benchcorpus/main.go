// Command benchcorpus writes a JSON-lines corpus for measuring the
// throughput of timeline build: the documents of annotated TimeML or
// TIMEX2 files (their text and creation date, as timeline eval reads them),
// repeated until the output reaches a size. It writes to standard output and
// keeps nothing in the repository.
//
//	go run ./internal/benchcorpus -mb 20 ../shared/data/timeml > /tmp/corpus.jsonl
//	timeline build --quiet --jobs 2 -o /tmp/timeline.json /tmp/corpus.jsonl
//
// Each copy of a document gets its own id ("copy3/wsj_0026"), a last line
// that makes its text unique ("(Copy 3.)", so that build does not drop it
// as the same text), and a publication date -shift days later per copy.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/timelinehq/timeline/eval"
)

func main() {
	mb := flag.Float64("mb", 20, "stop after this many megabytes (10^6 bytes) of JSON lines")
	shift := flag.Int("shift", 0, "days to move the publication date of each copy")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: benchcorpus [-mb N] [-shift DAYS] PATH... > corpus.jsonl")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	docs, skipped := eval.ReadPaths(flag.Args())
	for _, err := range skipped {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
	}
	seen := make(map[string]bool) // TimeBank has a text twice: keep one
	docs = slices.DeleteFunc(docs, func(d *eval.Doc) bool {
		dup := seen[d.Text]
		seen[d.Text] = true
		return dup
	})
	if len(docs) == 0 {
		fmt.Fprintln(os.Stderr, "benchcorpus: no documents")
		os.Exit(1)
	}
	w := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	limit := int64(*mb * 1e6)
	var size int64
	for copy := 1; size < limit; copy++ {
		for _, d := range docs {
			line := struct {
				ID        string `json:"id"`
				Text      string `json:"text"`
				Published string `json:"published"`
			}{
				ID:        fmt.Sprintf("copy%d/%s", copy, d.ID),
				Text:      fmt.Sprintf("%s\n\n(Copy %d.)\n", d.Text, copy),
				Published: d.Anchor.AddDate(0, 0, (copy-1)**shift).Format(time.DateOnly),
			}
			b, _ := json.Marshal(line)
			size += int64(len(b)) + 1
			if err := enc.Encode(line); err != nil {
				fmt.Fprintln(os.Stderr, "benchcorpus:", err)
				os.Exit(1)
			}
			if size >= limit {
				break
			}
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
}
