package entity

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/sentence"
)

// capSignature gives the keys of the places found byte by byte
// (bytePlaceKeys), and their bits; every word hasWord finds capitalised in
// a text has its key among them, and the text in the index of an article
// of it. hasWord answers as bruteHasWord.
func FuzzPlaces(f *testing.F) {
	f.Add("Bashar al-Assad’s forces and Erdoğan, O'Brien; ÉMILE McCain", "assad")
	f.Add("-x and É", "é")
	f.Add("Ban Ki-moon met John Kerry-Smith and Abcdefghijklmnop Qrstuvwxyzabcdefgh-Ij", "ki-moon")
	f.Add("abcdefgMcCain ÉMILEA-B", "cain")
	f.Add("pro-kerry Kerry's Kerryx xKerry -Kerry K", "kerry")
	f.Fuzz(func(t *testing.T, text, w string) {
		lower := sameLenLower(text)
		if lower == "" || !utf8.ValidString(text) || len(text) > 200 {
			return
		}
		keys := placeKeys(text, lower)
		if want := bytePlaceKeys(text, lower); !slices.Equal(keys, want) {
			t.Fatalf("capSignature(%q) keys %x, want %x", text, keys, want)
		}
		var want uint64
		for _, k := range keys {
			want |= capBit(k)
		}
		sig, _ := capSignature(text, lower, nil)
		if withKeys, _ := capSignature(text, lower, make([]uint64, len(text))); sig != want || withKeys != want {
			t.Fatalf("capSignature(%q) = %x (%x with keys), want %x", text, sig, withKeys, want)
		}
		var x nameIndex
		x.build([]sent{{src: text, lower: lower, end: len(text), exact: true}})
		words := append(strings.Fields(lower), w)
		for i := range lower {
			for j := i + 1; j <= len(lower) && j <= i+24; j++ {
				words = append(words, lower[i:j])
			}
		}
		for _, word := range words {
			for _, capital := range []bool{true, false} {
				if got, want := hasWord(text, lower, word, capital), bruteHasWord(text, lower, word, capital); got != want {
					t.Fatalf("hasWord(%q, %q, %v) = %v, bruteHasWord %v", text, word, capital, got, want)
				}
			}
			// As search asks it of a sentence with no hyphen.
			if word != "" && 'a' <= word[0] && word[0] <= 'z' && !strings.Contains(text, "-") {
				if got, want := hasCapWord(text, lower, word, false), bruteHasWord(text, lower, word, true); got != want {
					t.Fatalf("hasCapWord(%q, %q, false) = %v, bruteHasWord %v", text, word, got, want)
				}
			}
			if word == "" || !hasWord(text, lower, word, true) {
				continue
			}
			if k := runKey(word, 0); !slices.Contains(keys, k) {
				t.Fatalf("%q has %q, not its key %x", text, word, k)
			}
			if got := slices.Collect(x.sentences(runKey(word, 0))); !slices.Equal(got, []int{0}) {
				t.Fatalf("%q has %q: the index gives sentences %v", text, word, got)
			}
		}
	})
}

// bruteHasWord is hasWord by its definition, the oracle of the fuzz test
// above: at each byte k of lower, whether w is there with no word rune
// after it, and a hyphen before it, or no word rune before it and (if
// capital is set) a capital at k.
func bruteHasWord(src, lower, w string, capital bool) bool {
	if w == "" {
		return true
	}
	for k := 0; k+len(w) <= len(lower); k++ {
		if lower[k:k+len(w)] != w || isWordRuneAt(src, k+len(w), len(src)) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(src[k:])
		hyphen, wordBefore := k > 0 && src[k-1] == '-', k > 0 && isWordRuneBefore(src, k)
		if hyphen || !wordBefore && (!capital || unicode.IsUpper(r) || unicode.IsTitle(r)) {
			return true
		}
	}
	return false
}

// bytePlaceKeys returns the runKeys of the places of src, found byte by
// byte: an ASCII capital after no letter or digit, the first byte of a rune
// that is not ASCII, the byte after a hyphen.
func bytePlaceKeys(src, lower string) []uint64 {
	var keys []uint64
	for p := range len(src) {
		switch b := src[p]; {
		case 'A' <= b && b <= 'Z' && (p == 0 || !isASCIIWord(src[p-1])), utf8.RuneStart(b) && b >= utf8.RuneSelf:
			keys = append(keys, runKey(lower, p))
		case b == '-' && p+1 < len(src):
			keys = append(keys, runKey(lower, p+1))
		}
	}
	return keys
}

// capSignature takes the places of the definition ("al-Assad" has two: after
// the hyphen, at the capital).
func TestPlaceKeys(t *testing.T) {
	text := "McCain met Kerry-smith, al-Assad and Érik in Geneva-"
	lower := sameLenLower(text)
	var want []uint64
	for _, w := range []string{"mccain", "kerry", "smith", "assad", "assad", "", "geneva"} {
		want = append(want, runKey(w, 0))
	}
	if got := placeKeys(text, lower); !slices.Equal(got, want) {
		t.Errorf("capSignature(%q) keys %x, want %x", text, got, want)
	}
}

// placeKeys returns the keys capSignature gives the places of src.
func placeKeys(src, lower string) []uint64 {
	keys := make([]uint64, len(src))
	_, n := capSignature(src, lower, keys)
	return keys[:n]
}

func isASCIIWord(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
}

// runKey's first eight bytes and its byte loop give one key to a word,
// wherever it stands.
func TestRunKey(t *testing.T) {
	for _, w := range []string{"", "a", "kerry", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop"} {
		want := runKey(w, 0)
		for _, after := range []string{"", " ", "-x", "’s and more text", ".abcdefghijklmnop"} {
			for _, before := range []string{"", "x ", "abc-"} {
				s := before + w + after
				if got := runKey(s, len(before)); got != want {
					t.Errorf("runKey(%q, %d) = %x, want %x (runKey(%q, 0))", s, len(before), got, want, w)
				}
			}
		}
	}
	if runKey("abcdefgh", 0) == runKey("abcdefg", 0) || runKey("a", 0) == runKey("", 0) {
		t.Error("runKey gives two words one key")
	}
}

// The index of an article gives each sentence that has a place of a key
// once, the last first, and no sentence whose lower case does not line up
// with its text, which it lists apart.
func TestNameIndex(t *testing.T) {
	texts := []string{"Kerry met Lavrov.", "John Kerry-Smith left; KERRY said.", "İ Kerry spoke.", "No names here.", "Kerry, Lavrov and al-Assad."}
	var sts []sent
	for _, text := range texts {
		lower := sameLenLower(text)
		sts = append(sts, sent{src: text, lower: lower, end: len(text), exact: lower != ""})
	}
	var x nameIndex
	x.build(sts)
	for _, c := range []struct {
		word string
		want []int
	}{{"kerry", []int{4, 1, 0}}, {"lavrov", []int{4, 0}}, {"assad", []int{4}}, {"smith", []int{1}}, {"names", nil}, {"no", []int{3}}} {
		if got := slices.Collect(x.sentences(runKey(c.word, 0))); !slices.Equal(got, c.want) {
			t.Errorf("sentences(%q) = %v, want %v", c.word, got, c.want)
		}
	}
	if !slices.Equal(x.odd, []int{2}) {
		t.Errorf("odd = %v, want [2]", x.odd)
	}
}

// oldSearch is search as it was before signatures and the index: every
// sentence not scanned yet that hasWord finds the word in (a sentence whose
// lower case does not line up with its text, at the first search) is
// scanned.
func (a *Article) oldSearch(word string, capital bool) {
	if slices.Contains(a.searched, needle{word, false}) || capital && slices.Contains(a.searched, needle{word, true}) {
		return
	}
	a.searched = append(a.searched, needle{word, capital})
	for s := range a.sts {
		st := &a.sts[s]
		if st.scanned {
			continue
		}
		if !st.exact || hasWord(st.src[st.start:st.end], st.lower[st.start:st.end], word, capital) {
			a.scan(s)
		}
	}
}

// A search, in a short article or a long one, with its sentences in
// order or not, scans the sentences that oldSearch scans, whatever was
// scanned before it.
func TestSearchOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	texts := sentenceTexts()
	for _, at := range articles(t) {
		texts = append(texts, at[1])
	}
	// Long articles: one whose lower case lines up with its text, one
	// whose does not (all its sentences are read at the first search).
	long := func(texts []string) string {
		all := strings.Join(texts, " ")
		for len(sentence.Split(all)) <= longArticle {
			all += " " + all
		}
		return all
	}
	exact := long(texts)
	texts = append(texts, "\xffKerry said. John \xffKerry left. İ Kerry and \u212aerry spoke. Erdoğan met ÉMILE.")
	texts = append(texts, exact, long(texts))
	for _, text := range texts {
		spans := sentence.Split(text)
		var words []string
		for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
			words = append(words, f, strings.TrimSuffix(f, "’s"))
		}
		for n := range 10 {
			const title = "Kerry, Lavrov kick off Syria talks"
			if n == 5 { // sentences out of order: no search in the whole text (textInOrder)
				spans = slices.Clone(spans)
				slices.Reverse(spans)
			}
			a, b := AnalyzeDoc(title, text, spans), AnalyzeDoc(title, text, spans)
			for range rng.IntN(3) {
				s := rng.IntN(len(a.sts))
				a.scan(s)
				b.scan(s)
			}
			for range 6 {
				w, capital := words[rng.IntN(len(words))], rng.IntN(4) > 0
				a.search(w, capital)
				b.oldSearch(w, capital)
				for s := range a.sts {
					if a.sts[s].scanned != b.sts[s].scanned {
						t.Fatalf("%.40q: search(%q, %v): sentence %d scanned %v, oldSearch %v", text, w, capital, s, a.sts[s].scanned, b.sts[s].scanned)
					}
				}
			}
			a.Release()
			b.Release()
		}
	}
}
