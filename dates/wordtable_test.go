package dates

import (
	"fmt"
	"testing"
)

func TestWordTable(t *testing.T) {
	m := map[string]uint64{}
	for i := 0; i < 500; i++ {
		m[fmt.Sprintf("w%d", i)] = uint64(i) + 1
	}
	m["sixteen-bytes-xx"] = 7
	m["seventeen-bytes-x"] = 9 // too long: left out
	tb := newWordTable(m)
	for w, v := range m {
		k, ok := packWord(w)
		want := v
		if len(w) > 16 {
			want = 0
		}
		if got := tb.get(k); ok && got != want {
			t.Errorf("%q: got %d, want %d", w, got, want)
		}
	}
	for _, w := range []string{"w500", "w", "x1", "sixteen-bytes-x"} {
		k, _ := packWord(w)
		if got := tb.get(k); got != 0 {
			t.Errorf("%q: got %d for a word not in the table", w, got)
		}
	}
	if _, ok := packWord(""); ok {
		t.Error("the empty word has a key")
	}
}

// The scan's key filter lets every trigger word of up to eight bytes
// through and stops most other words; the tense cues' filter lets every
// cue word through.
func TestKeyFilter(t *testing.T) {
	tg := New()
	others, passed := 0, 0
	for w := range tg.gate {
		if k, ok := packWord(w); ok && k[1] == 0 && !tg.shortWords.may(k[0]) {
			t.Errorf("trigger word %q stopped", w)
		}
	}
	l := lex()
	for _, list := range []map[string]bool{modals, l.past, l.notPast} {
		for w := range list {
			if k, ok := packWord(w); ok && k[1] == 0 && !cues().short.may(k[0]) {
				t.Errorf("cue word %q stopped", w)
			}
		}
	}
	for w := range l.futureAt {
		if k, ok := packWord(w); ok && k[1] == 0 && !cues().short.may(k[0]) {
			t.Errorf("future cue word %q stopped", w)
		}
	}
	for i := 0; i < 10000; i++ {
		w := fmt.Sprintf("x%dq", i)
		if k, _ := packWord(w); tg.gate[w] == 0 {
			others++
			if tg.shortWords.may(k[0]) {
				passed++
			}
		}
	}
	if passed*10 > others {
		t.Errorf("%d of %d other words let through", passed, others)
	}
}
