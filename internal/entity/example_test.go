package entity_test

import (
	"fmt"

	"github.com/timelinehq/timeline/internal/entity"
	"github.com/timelinehq/timeline/internal/sentence"
)

func ExampleAnalyzeDoc() {
	title := "Kerry, Lavrov kick off Syria talks in Geneva"
	text := "The top diplomats of Russian Federation and the United States are meeting in Geneva. " +
		"Kerry met with Russian President Vladimir Putin in Moscow last month. " +
		"Staffan de Mistura, the U.N.’s Syria envoy, told reporters in Geneva that the talks are important. " +
		"US Secretary of State John Kerry arrives at the Hotel President Wilson in Geneva"
	spans := sentence.Split(text)
	a := entity.AnalyzeDoc(title, text, spans)
	fmt.Println("lead:", a.LeadActors())
	for i := range spans {
		fmt.Printf("%d: %v | %q | %v\n", i, a.Actors(i), a.Place(i), a.Kind(i))
	}
	// Output:
	// lead: [{John Kerry US Secretary of State person} {Lavrov  person} {Russia top diplomats state} {United States  state}]
	// 0: [{Russia top diplomats state} {United States  state}] | "Geneva" | meeting
	// 1: [{John Kerry US Secretary of State person} {Vladimir Putin Russian President person}] | "Moscow" | visit
	// 2: [{Staffan de Mistura U.N. Syria envoy person}] | "Geneva" | statement
	// 3: [{John Kerry US Secretary of State person}] | "Hotel President Wilson, Geneva" | visit
}

func ExampleArticle_Venue() {
	text := "Russian President Vladimir Putin met Kerry in Moscow. Putin met Kerry in Geneva. Putin met Kerry on Friday."
	spans := sentence.Split(text)
	a := entity.Analyze(text, spans)
	for i := range spans {
		fmt.Println(a.Place(i), a.Venue(i), a.Kind(i).Name, a.Kind(i).CAMEO)
	}
	// Output:
	// Moscow home visit 042
	// Geneva away meeting 044
	//  none consult 040
}

func ExampleMatches() {
	kerry := entity.Actor{Name: "John Kerry", Role: "US Secretary of State", Type: entity.Person}
	russia := entity.Actor{Name: "Russia", Type: entity.State}
	un := entity.Actor{Name: "United Nations", Type: entity.Organization}
	kremlin := entity.Actor{Name: "Kremlin", Type: entity.Organization}
	fmt.Println(entity.Matches(kerry, "Kerry"), entity.Matches(kerry, "john kerry"), entity.Matches(kerry, "John"))
	fmt.Println(entity.Matches(russia, "Russian Federation"), entity.Matches(russia, "Moscow"), entity.Matches(russia, "Kremlin"))
	fmt.Println(entity.Matches(un, "UN"), entity.Matches(un, "U.N."), entity.Matches(kremlin, "Russia"))
	// Output:
	// true true false
	// true true false
	// true true true
}

func ExampleSameActor() {
	p := func(name string) entity.Actor { return entity.Actor{Name: name, Type: entity.Person} }
	fmt.Println(entity.SameActor(p("Kerry"), p("John Kerry")))
	fmt.Println(entity.SameActor(p("Sergei Lavrov"), p("Sergey Lavrov")))
	fmt.Println(entity.SameActor(p("George Bush"), p("Jeb Bush")))
	fmt.Println(entity.SameActor(
		entity.Actor{Name: "U.N.", Type: entity.Organization},
		entity.Actor{Name: "United Nations", Type: entity.Organization}))
	// Output:
	// true
	// true
	// false
	// true
}

func ExampleAnalyze() {
	text := "“Assad must go,” Kupchan said. Moscow and Washington will boost their cooperation, says the Russian foreign minister."
	spans := sentence.Split(text)
	a := entity.Analyze(text, spans)
	for i := range spans {
		fmt.Println(a.Actors(i))
	}
	// Output:
	// [{Kupchan  person}]
	// [{Russia  state} {United States  state}]
}

func ExampleArticle_AppendActors() {
	text := "Kerry met Lavrov in Geneva. Moscow and Washington will boost their cooperation."
	spans := sentence.Split(text)
	a := entity.Analyze(text, spans)
	var buf [8]entity.Actor // a list to fill, as a caller that copies the actors on keeps
	for i := range spans {
		fmt.Println(a.AppendActors(buf[:0], i))
	}
	fmt.Println(a.AppendLeadActors(buf[:0]))
	// Output:
	// [{Kerry  person} {Lavrov  person}]
	// [{Russia  state} {United States  state}]
	// [{Kerry  person} {Lavrov  person}]
}
