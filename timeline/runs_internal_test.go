package timeline

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// oldAddRuns is addRuns as it was on one goroutine, walking the parts
// whole: the oracle of TestAddRunsPieces.
func oldAddRuns(byKey map[docKey]*candidate, events [][]DocEvent) []*OrphanError {
	var orphans []*OrphanError
	orphanIdx := map[docKey]int{}
	for _, part := range events {
		for lo := 0; lo < len(part); {
			k := docKey{part[lo].Source.Doc, part[lo].Digest}
			hi := lo + 1
			for hi < len(part) && part[hi].Source.Doc == k.id && part[hi].Digest == k.digest {
				hi++
			}
			run := part[lo:hi]
			lo = hi
			c, ok := byKey[k]
			if !ok {
				if j, seen := orphanIdx[k]; seen {
					orphans[j].Events += len(run)
				} else {
					orphanIdx[k] = len(orphans)
					orphans = append(orphans, &OrphanError{Doc: k.id, Digest: k.digest, Events: len(run)})
				}
				continue
			}
			c.runs = append(c.runs, run)
			c.events += len(run)
		}
	}
	return orphans
}

// addRuns on any number of goroutines gives each candidate the events the
// serial walk gives it, in the same order (runs cut at the pieces' ends
// or not), and the same orphans, on parts longer than a piece with long
// runs, short runs and documents without a source.
func TestAddRunsPieces(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var sources []DocSource
	for d := range 40 {
		sources = append(sources, DocSource{Source: Source{ID: fmt.Sprint("d", d)}, Digest: fmt.Sprint("h", d)})
	}
	var parts [][]DocEvent
	for _, n := range []int{0, 5, runPiece - 1, runPiece, 3*runPiece + 7} {
		part := make([]DocEvent, 0, n)
		for len(part) < n {
			d := r.IntN(48) // 40 to 47: no source
			for range min(n-len(part), 1+r.IntN(3*runPiece/2)) {
				part = append(part, DocEvent{Event: Event{Source: Citation{Doc: fmt.Sprint("d", d)}}, Digest: fmt.Sprint("h", d)})
			}
		}
		parts = append(parts, part)
	}
	flat := func(c *candidate) []*DocEvent {
		var out []*DocEvent
		for _, run := range c.runs {
			for i := range run {
				out = append(out, &run[i])
			}
		}
		return out
	}
	wantCands := newCandidates(sources)
	wantOrphans := oldAddRuns(candidatesByKey(wantCands), parts)
	for _, jobs := range []int{1, 2, 5} {
		cands := newCandidates(sources)
		orphans := addRuns(candidatesByKey(cands), parts, jobs)
		if !slices.EqualFunc(orphans, wantOrphans, func(a, b *OrphanError) bool { return *a == *b }) {
			t.Errorf("jobs %d: orphans differ", jobs)
		}
		for i := range cands {
			if got, want := flat(cands[i]), flat(wantCands[i]); cands[i].events != wantCands[i].events || !slices.Equal(got, want) {
				t.Errorf("jobs %d, document %s: %d events, want %d", jobs, cands[i].src.ID, len(got), len(want))
			}
		}
	}
}

// countCitations counts the same on any number of goroutines, sources
// with the same ID each getting the count, citations of documents without
// a source counting for none.
func TestCountCitationsJobs(t *testing.T) {
	events, sources := randomMergeInput(5000, 9)
	events[7].Citations = append(events[7].Citations, Citation{Doc: "nowhere"})
	sources = append(sources, sources[2])
	want := make(map[string]int)
	for _, e := range events {
		for _, c := range e.Citations {
			want[c.Doc]++
		}
	}
	for _, jobs := range []int{1, 2, 4} {
		countCitations(sources, events, jobs)
		for _, s := range sources {
			if s.Events != want[s.ID] {
				t.Errorf("jobs %d, source %s: %d events, want %d", jobs, s.ID, s.Events, want[s.ID])
			}
		}
	}
}

// numberDocs gives the members the same lists of documents on any number
// of goroutines: parts of the members cite documents the others cite too,
// and some only they cite.
func TestNumberDocsJobs(t *testing.T) {
	events, sources := randomMergeInput(6000, 11)
	for i := range events {
		if i%5 == 0 {
			events[i].Citations = append(events[i].Citations, Citation{Doc: fmt.Sprint("only", i/1000)}, events[(i*7)%len(events)].Citations[0])
		}
	}
	want, _ := mergeMembers(events, sources) // numberDocs on one goroutine
	for _, jobs := range []int{2, 3, 8} {
		ptrs := make([]*Event, len(events))
		for i := range events {
			ptrs[i] = &events[i]
		}
		ms := newMembers(ptrs, indexSourcesByID(sources), 1)
		numberDocs(ms, jobs)
		byAt := make(map[int32]*member, len(want))
		for _, m := range want {
			byAt[m.at] = m
		}
		for _, m := range ms {
			if w := byAt[m.at]; !slices.Equal(m.docs, w.docs) || m.doc0 != w.doc0 {
				t.Fatalf("jobs %d, event %d: docs %v, want %v", jobs, m.at, m.docs, w.docs)
			}
		}
	}
}
