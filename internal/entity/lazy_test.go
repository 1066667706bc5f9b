package entity

import (
	"bufio"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/internal/kind"
	"github.com/timelinehq/timeline/internal/sentence"
)

// checkLazy asks a lazily analysed article about its sentences in an order
// drawn from rng, some of them only, and compares each answer with the
// eager oracle's.
func checkLazy(t *testing.T, title, text string, spans []sentence.Span, rng *rand.Rand) {
	t.Helper()
	want := oldAnalyzeDoc(title, text, spans)
	a := AnalyzeDoc(title, text, spans)
	order := rng.Perm(len(spans))
	order = order[:rng.IntN(len(order)+1)]
	lead := rng.IntN(len(order) + 1) // when to ask about the title
	for k, i := range order {
		if k == lead {
			checkTitle(t, a, want)
		}
		w := want.sents[i]
		if got := a.Actors(i); !slices.Equal(got, w.actors) {
			t.Fatalf("%q: sentence %d (%q): Actors = %v, want %v", title, i, spans[i].Text(text), got, w.actors)
		}
		if got := a.Place(i); got != w.place {
			t.Fatalf("%q: sentence %d (%q): Place = %q, want %q", title, i, spans[i].Text(text), got, w.place)
		}
		if got := a.Venue(i); got != w.venue {
			t.Fatalf("%q: sentence %d: Venue = %v, want %v", title, i, got, w.venue)
		}
	}
	if lead == len(order) {
		checkTitle(t, a, want)
	}
	a.Release() // the next article reuses its memory
}

// checkTitle compares the title's answers with the oracle's.
func checkTitle(t *testing.T, a *Article, want *oldArticle) {
	t.Helper()
	if got := a.TitleActors(); !slices.Equal(got, want.title.actors) {
		t.Fatalf("TitleActors = %v, want %v", got, want.title.actors)
	}
	if got := a.TitlePlace(); got != want.title.place {
		t.Fatalf("TitlePlace = %q, want %q", got, want.title.place)
	}
}

// articles returns the seed article and the articles of testdata/multi,
// title first.
func articles(t testing.TB) [][2]string {
	title, text, _ := seed(t)
	out := [][2]string{{title, text}}
	files, _ := filepath.Glob("../../testdata/multi/*.md")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		title, body, _ := strings.Cut(string(b), "\n")
		out = append(out, [2]string{strings.TrimLeft(title, "# "), body})
	}
	return out
}

// Asking about some sentences of an article, in any order, gives the
// answers of analysing every sentence at once.
func TestLazy(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var texts [][2]string
	texts = append(texts, articles(t)...)
	for _, tt := range sentenceTexts() {
		texts = append(texts, [2]string{"", tt})
	}
	for _, tt := range texts {
		spans := sentence.Split(tt[1])
		for range 20 {
			checkLazy(t, tt[0], tt[1], spans, rng)
		}
	}
	// Sentences shuffled across the articles: names and titles recur.
	var all []string
	for _, tt := range texts {
		for _, sp := range sentence.Split(tt[1]) {
			all = append(all, sp.Text(tt[1]))
		}
	}
	for range 200 {
		rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		text := strings.Join(all[:rng.IntN(40)], " ")
		title := ""
		if rng.IntN(2) == 0 {
			title = all[rng.IntN(len(all))]
		}
		checkLazy(t, title, text, sentence.Split(text), rng)
	}
	// Long articles, whose searches read an index (nameIndex).
	for range 5 {
		var b strings.Builder
		for len(sentence.Split(b.String())) <= longArticle {
			rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
			b.WriteString(strings.Join(all, " ") + " ")
		}
		text := b.String()
		checkLazy(t, all[0], text, sentence.Split(text), rng)
	}
}

// FuzzLazy checks the lazy answers against the eager ones on any text.
func FuzzLazy(f *testing.F) {
	for i, text := range sentenceTexts() {
		f.Add("Kerry, Lavrov kick off Syria talks in Geneva", text, uint64(i))
	}
	f.Add("Kerry", "Kerry said. The US Secretary of State John Kerry left. Lavrov, the Russian foreign minister, met the Russian foreign minister.", uint64(7))
	f.Add("King Abdullah II of Jordan", "Abdullah said. King Abdullah II of Jordan left. Abdullah II's son and King Charles III met. Charles spoke.", uint64(5))
	f.Add("Typhoon Carney", "Mark Carney said. The USS Carney left. Senate Majority Leader John Thune met Thune. Christian Lindner, Lindner's.", uint64(11))
	f.Add("Earthquake strikes Cebu", "An earthquake struck Cebu. Trump hit Biden. The attacks on the U.S. embassies in Kenya killed 213. A scathing attack on the US, Cebu said.", uint64(13))
	f.Add("\xffKerry", "\xffKerry said. John \xffKerry left. İ Kerry and \u212aerry spoke.", uint64(3))
	f.Add("Analysts at Weil", "Ulric Weil said. Analysts at Weil & Associates said. Mr. Weil left. Morgan Stanley said. Economists at Morgan Stanley, Petrobras, the state oil company, said.", uint64(4))
	f.Add("Broncos edge Colts", "Fans booed the Broncos. The Bronfmans said. Edgar Bronfman left. The Broncos beat the Colts. The Lakers lost.", uint64(9))
	f.Add("Hassan Sheikh, Jokowi", "Hassan Sheikh said. Somali President Hassan Sheikh Mohamud met Joko Widodo, known as Jokowi. Jokowi and Sheikh left. Hassan spoke.", uint64(17))
	f.Add("Shell sells assets", "Profits fell at the oil major. Shell said output would rise. TSMC (2330.TW) shares rose. Roberts said he would stay. AI chips sold.", uint64(15))
	f.Fuzz(func(t *testing.T, title, text string, seed uint64) {
		spans := sentence.Split(text)
		checkLazy(t, title, text, spans, rand.New(rand.NewPCG(seed, 0)))
	})
}

// TestLazyCorpus compares lazy and eager answers on every document of the
// JSON-lines corpus named by $ENTITY_CORPUS (skipped without it).
func TestLazyCorpus(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	n := eachCorpusDoc(t, func(title, text string) {
		checkLazy(t, title, text, sentence.Split(text), rng)
	})
	t.Logf("%d documents", n)
}

// eachCorpusDoc calls f with the title and text of every document of the
// JSON-lines corpus named by $ENTITY_CORPUS, and returns their number; it
// skips the test without it.
func eachCorpusDoc(t *testing.T, f func(title, text string)) int {
	path := os.Getenv("ENTITY_CORPUS")
	if path == "" {
		t.Skip("ENTITY_CORPUS not set")
	}
	file, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(nil, 1<<26)
	n := 0
	for sc.Scan() {
		var d struct{ Title, Text string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		f(d.Title, d.Text)
		n++
	}
	return n
}

// sentenceTexts are small articles whose sentences lean on one another:
// surnames before and after full names, roles given elsewhere, unnamed
// officials, uncertain names, names after "in".
func sentenceTexts() []string {
	return []string{
		"Kerry spoke first. Later, US Secretary of State John Kerry left. Kerry said no.",
		"Kerry, Lavrov talk. Lavrov said no. Russian Foreign Minister Sergei Lavrov agreed.",
		"Staffan de Mistura spoke. Later de Mistura left. Mistura said so. The U.N.’s Syria envoy, Staffan de Mistura, said.",
		"Bashar al-Assad spoke. Assad said no. Syrian President Bashar al-Assad left.",
		"George Bush spoke. Bush left. Then Jeb Bush spoke. Bush said no.",
		"The Russian foreign minister said no. Russian Foreign Minister Sergei Lavrov met Kerry. The Russian foreign minister left.",
		"A senior State Department official said so. State Department spokesman John Kirby said. Kirby, the State Department spokesman, left. A State Department spokesman spoke.",
		"The Russian foreign minister said no. Lavrov, the Russian foreign minister, left. Sergey Lavrov spoke. The Russian foreign minister said yes.",
		"John Kerry arrived. In Kerry’s view, the talks went well. Talks Resume In Geneva After Kerry Pause.",
		"Idlib fell. In Idlib, rebels fought. Idlib said. Rebels in Idlib held.",
		"Successive rounds failed. Successive said. The president of Russia, Vladimir Putin, spoke. Putin said.",
		"KERRY said. John KERRY spoke. john Kerry left. Kerry's aide spoke.",
		"The U.S. ambassador to the United Nations, Samantha Power, said. The U.S. ambassador to the United Nations spoke. Power said no.",
		"Assad said no. Syrian President Bashar Al-assad left. Bashar al-Assad spoke.",
		"Turkish Prime Minister Binali Yildirim met Erdoğan. President Recep Tayyip Erdoğan said. The Turkish prime minister said. Erdoğan left.",
		"Lavrov visited Ankara. Sergei Lavrov spoke. Title IX and Apollo XI and Super Bowl XL. Louis XVI met Louis. Vatican II. Inspectors visited.",
		"The UN Relief and Works Agency said. The High Negotiations Committee met in Riyadh. Darius III fled. Joseph Kennedy III met Kennedy.",
		"Bagheri Kani met Mora. Iran's negotiator, Ali Bagheri Kani, spoke. Kani left. Badr Albusaidi and Sayyid Badr Albusaidi met Ali Kani.",
		"KYIV, May 15 (Reuters) - Vovchansk fell. Troops left Vovchansk. Fighting raged near Vovchansk. A call from Kerry came. John Kerry said. Qatar's emir, Sheikh Tamim, spoke. Tamim left.",
	}
}

// A released article names nothing.
func TestRelease(t *testing.T) {
	title, text, spans := seed(t)
	a := AnalyzeDoc(title, text, spans)
	if len(a.Actors(0)) == 0 {
		t.Fatal("no actors in sentence 0")
	}
	a.Release()
	a.Release()
	if a.Actors(0) != nil || a.Place(0) != "" || a.Venue(0) != kind.VenueNone || a.Kind(0) != kind.Other ||
		a.LeadActors() != nil || a.TitleActors() != nil || a.TitlePlace() != "" {
		t.Error("a released article names something")
	}
}

// A person mention's name cut from the text (nameText) is its words joined
// by spaces, its key cut from the lower case is nameKey's, and full is
// what isFull, the oracle, tells of its words.
func TestNameText(t *testing.T) {
	texts := sentenceTexts()
	for _, at := range articles(t) {
		texts = append(texts, at[1])
	}
	texts = append(texts, "John  Kerry met Sergei\tLavrov. KERRY’s aide and Ünal ÖZ left. \xffJohn Kerry spoke. Osama bin Laden and de Mistura, Bashar Al-Assad, ÉMILE de la Cruz.")
	n := 0
	for _, text := range texts {
		a := Analyze(text, sentence.Split(text))
		for s := range a.sts {
			a.scan(s)
			for _, m := range a.sts[s].mentions {
				if m.kind != mPerson || m.official {
					continue
				}
				if m.joined != "" && m.joined != strings.Join(m.words, " ") {
					t.Errorf("%q: joined %q, words %q", a.sts[s].src[a.sts[s].start:a.sts[s].end], m.joined, m.words)
				}
				if m.full != load().isFull(m.words) {
					t.Errorf("%q: %q full %v", a.sts[s].src[a.sts[s].start:a.sts[s].end], m.words, m.full)
				}
				if want := strings.ToLower(strings.Join(m.words, " ")); m.nameKey() != want {
					t.Errorf("%q: nameKey %q, want %q", a.sts[s].src[a.sts[s].start:a.sts[s].end], m.nameKey(), want)
				}
				if m.joined != "" {
					n++
				}
			}
		}
		a.Release()
	}
	if n == 0 {
		t.Error("no name cut from the text")
	}
}
