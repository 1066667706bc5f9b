package entity

import (
	"slices"
	"strings"
	"testing"
)

// TestData checks the data files: they parse, and no name is listed for two
// different entries (a state and its capital of the same name are one
// entry: "Singapore"). Names that are also common words are told apart by
// case ("US" and "us", "WHO" and "who") and are allowed.
func TestData(t *testing.T) {
	lx, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.countries) < 190 || len(lx.orgs) < 50 {
		t.Errorf("%d states, %d organisations: data missing?", len(lx.countries), len(lx.orgs))
	}
	seen := make(map[string]string)
	check := func(file, data string, nameFields int) {
		err := eachLine(file, data, func(section, line string) error {
			f := fields(line, 4)
			names := []string{f[0]}
			for _, k := range []int{1, 2, 3}[:nameFields-1] {
				names = append(names, list(f[k])...)
			}
			for _, n := range names {
				if old, ok := seen[n]; ok && old != f[0] {
					t.Errorf("%s: %q names %s and %s", file, n, old, f[0])
				}
				seen[n] = f[0]
				if c := lx.words[strings.ToLower(n)]; c&(catNonname|catMonth|catWeekday|catParticle|catFunction) != 0 &&
					n == strings.ToLower(n) {
					t.Errorf("%s: %q is also a common word", file, n)
				}
			}
			return nil
		})
		if err != nil {
			t.Error(err)
		}
	}
	check("countries.txt", countriesData, 4)
	check("orgs.txt", orgsData, 2)
	check("places.txt", placesData, 2)
	// gzAt only looks up words that start with a capital or a particle.
	for first := range lx.gz {
		toks := tokenize(first, strings.ToLower(first), 0, len(first), lx, nil)
		if len(toks) != 1 || toks[0].flags&(fCap|fHyphenName) == 0 && toks[0].cat&catParticle == 0 {
			t.Errorf("listed name starting with %q: not a capitalised word or a particle", first)
		}
	}
	for _, w := range []string{"sen.", "aug.", "sept.", "conn.", "lt.", "inc."} {
		if !lx.abbrevs[w] {
			t.Errorf("%q is not an abbreviation", w)
		}
	}
}

func TestTokenize(t *testing.T) {
	lx := load()
	tests := []struct {
		text  string
		words []string // tokens, possessives marked with a trailing "+s"
	}{
		{"the U.N.’s Syria envoy", []string{"the", "U.N.+s", "Syria", "envoy"}},
		{"Bashar al-Assad's forces", []string{"Bashar", "al-Assad+s", "forces"}},
		{"killed 290,000 people", []string{"killed", "290,000", "people"}},
		{"Sen. John McCain", []string{"Sen.", "John", "McCain"}},
		{"after Aug. 1, 2016.", []string{"after", "Aug.", "1", ",", "2016", "."}},
		{"the U.S.-led coalition", []string{"the", "U.S.", "-", "led", "coalition"}},
		{"John F. Kennedy", []string{"John", "F.", "Kennedy"}},
		{"O'Brien and Sana'a", []string{"O'Brien", "and", "Sana'a"}},
		{"“Assad must go”", []string{"“", "Assad", "must", "go", "”"}},
		{"the rebels’ positions", []string{"the", "rebels", "’", "positions"}},
		{"cease-fire", []string{"cease-fire"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range tokenize(tt.text, strings.ToLower(tt.text), 0, len(tt.text), lx, nil) {
			w := tt.text[tk.s:tk.e]
			if tk.flags&fPoss != 0 {
				w += "+s"
			}
			got = append(got, w)
		}
		if !slices.Equal(got, tt.words) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.text, got, tt.words)
		}
	}
}

// TestQuoted checks which words markSentence takes as quoted.
func TestQuoted(t *testing.T) {
	lx := load()
	tests := []struct {
		text   string
		quoted []string
	}{
		{"“Assad must go,” Kupchan said.", []string{"Assad", "must", "go"}},
		{"“I think “Assad must go” is over”, Kupchan said.", []string{"I", "think", "Assad", "must", "go", "is", "over"}},
		{"\"We will meet,\" he said.", []string{"We", "will", "meet"}},
		{"the talks go on,” Lavrov said.", []string{"the", "talks", "go", "on"}},
		{"Kerry said no.", nil},
	}
	for _, tt := range tests {
		st := sent{src: tt.text, lower: strings.ToLower(tt.text), end: len(tt.text)}
		st.toks = tokenize(tt.text, st.lower, 0, len(tt.text), lx, nil)
		markSentence(&st)
		var got []string
		for k, tk := range st.toks {
			if tk.flags&fQuoted != 0 {
				got = append(got, st.text(k))
			}
		}
		if !slices.Equal(got, tt.quoted) {
			t.Errorf("%q: quoted %q, want %q", tt.text, got, tt.quoted)
		}
	}
}

// The word index answers as the word map, for listed words and others.
func TestWordIndex(t *testing.T) {
	lx := load()
	for w, c := range lx.words {
		if got := lx.wordCats.Get(w); got != c {
			t.Errorf("Get(%q) = %v, want %v", w, got, c)
		}
	}
	for _, w := range []string{"", "x", "kerry", "the.", "geneva", "ünïcode", "a-very-long-word-not-listed-anywhere"} {
		if got, want := lx.wordCats.Get(w), lx.words[w]; got != want {
			t.Errorf("Get(%q) = %v, want %v", w, got, want)
		}
	}
}

// BenchmarkWordIndex looks up the words of the seed article, as the
// tokenizer does.
func BenchmarkWordIndex(b *testing.B) {
	lx := load()
	_, text, _ := seed(b)
	words := strings.Fields(strings.ToLower(text))
	b.SetBytes(int64(len(text)))
	var c category
	for b.Loop() {
		for _, w := range words {
			c |= lx.wordCats.Get(w)
		}
	}
	_ = c
}

// The tokenizer's table of words answers as the word map, for listed
// words and others of every length, read from the middle of a text and
// from its end (where fewer than eight bytes are left to load).
func TestCatTable(t *testing.T) {
	lx := load()
	words := []string{"x", "kerry", "the.", "geneva", "ünïcode", "a-very-long-word-not-listed-anywhere",
		"sixteen-letters!", "seventeen-letters", "abcdefgh", "abcdefghi"}
	for w := range lx.words {
		words = append(words, w)
		if len(w) > 1 {
			words = append(words, w[:len(w)-1], w[1:], w+"s")
		}
	}
	for _, w := range words {
		if w == "" {
			continue
		}
		want := lx.words[w]
		for _, text := range []string{"  " + w + " and more text", "  " + w} {
			if got := lx.cats.at(text, 2, 2+len(w)); got != want {
				t.Errorf("at(%q) in %q = %v, want %v", w, text, got, want)
			}
			if got := lx.catsAt(text, text, 2, 2+len(w)); got != want {
				t.Errorf("catsAt(%q) in %q = %v, want %v", w, text, got, want)
			}
		}
		if got := lx.catsAt("  "+w, "", 2, 2+len(w)); got != lx.words[strings.ToLower(w)] {
			t.Errorf("catsAt(%q) without a lower case = %v, want %v", w, got, lx.words[strings.ToLower(w)])
		}
	}
}
