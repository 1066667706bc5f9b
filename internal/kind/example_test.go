package kind_test

import (
	"fmt"

	"github.com/timelinehq/timeline/internal/kind"
)

func ExampleClassify() {
	for _, s := range []string{
		"Staffan de Mistura told reporters that Friday’s talks are important.",
		"Russia and Turkey agreed a nationwide truce, officials said.",
		"Kerry, Lavrov kick off Syria talks in Geneva",
		"The weather was fine.",
	} {
		k := kind.Classify(s)
		fmt.Printf("%s %q\n", k.Name, k.CAMEO)
	}
	// Output:
	// statement "010"
	// ceasefire "0871"
	// negotiation "046"
	// other ""
}

func ExampleClassifyWith() {
	s := "Kerry met with Russian President Vladimir Putin in Moscow."
	fmt.Println(kind.ClassifyWith(s, kind.VenueHome)) // Moscow is Putin's capital
	fmt.Println(kind.ClassifyWith(s, kind.VenueAway))
	fmt.Println(kind.ClassifyWith(s, kind.VenueNone))
	// Output:
	// visit
	// meeting
	// consult
}

func ExampleExplain() {
	s := "The two sides signed a landmark peace agreement in Havana."
	m := kind.Explain(s, kind.VenueAway)
	fmt.Printf("%s by %q: %q\n", m.Kind, m.Trigger, s[m.Start:m.End])
	// Output:
	// agreement by "signed ... agreement": "signed a landmark peace agreement"
}

func ExampleParse() {
	for _, s := range []string{"negotiation", "Visit", "043", "0871", "meet"} {
		k, ok := kind.Parse(s)
		fmt.Println(k.Name, k.CAMEO, ok)
	}
	// Output:
	// negotiation 046 true
	// visit 042 true
	// visit 042 true
	// ceasefire 0871 true
	//   false
}

func ExampleAll() {
	for _, k := range kind.All() {
		fmt.Printf("%-11s %-4s %s\n", k.Name, k.CAMEO, k.Description())
	}
	// Output:
	// statement   010  Make a public statement: say, tell reporters, announce, comment, brief the press.
	// intent      036  Express intent to meet or negotiate: plans, offers or agreements to meet, visit or hold talks.
	// consult     040  Consult: telephone calls and consultations, and meetings whose place the sentence does not give.
	// visit       042  Make or host a visit: visit, travel to, arrive in, host.
	// meeting     044  Meet at a third location: a meeting in a place that is in none of the participants' countries.
	// mediation   045  Mediate: broker or facilitate talks or a deal between other parties.
	// negotiation 046  Engage in negotiation: talks, negotiations, discussions.
	// agreement   057  Sign a formal agreement: sign, reach or conclude an agreement, deal, accord or treaty.
	// ceasefire   0871 Declare a truce or ceasefire.
	// release     0841 Release persons: free prisoners, hostages or detainees, release on bail or from custody.
	// aid         07   Provide aid: humanitarian, economic or military aid, relief convoys, supplies.
	// investigate 09   Investigate: open or conduct an investigation, inquiry or probe into a crime, abuses or a deal.
	// convict     116  Find guilty or liable: a conviction, a guilty verdict, a finding of liability.
	// reject      12   Reject: reject or veto a proposal, an offer, a demand or an agreement.
	// threat      13   Threaten: threats, ultimatums, vows of retaliation.
	// protest     14   Protest: demonstrations, rallies, marches, strikes, walkouts, boycotts and sit-ins.
	// sanction    163  Impose sanctions: tariffs, duties, embargoes, export controls, bans on imports.
	// coerce      17   Coerce: arrests, detentions, charges and sentences, expulsions and deportations.
	// attack      19   Fight or attack: armed attacks, air strikes, shelling, clashes, killings, violations of a truce.
	// other            No trigger matched: an event of another kind, or none.
}

func ExampleWords() {
	for _, w := range kind.Words(`The U.N.'s envoy said: "cease-fire talks"`) {
		fmt.Printf("%q quoted=%v clause=%v\n", w.Lower, w.Quoted, w.Clause)
	}
	// Output:
	// "the" quoted=false clause=false
	// "u" quoted=false clause=false
	// "n" quoted=false clause=true
	// "s" quoted=false clause=true
	// "envoy" quoted=false clause=false
	// "said" quoted=false clause=false
	// "cease-fire" quoted=true clause=true
	// "talks" quoted=true clause=false
}

func ExampleClassifyWords() {
	s := "Kerry met with Russian President Vladimir Putin in Moscow."
	words := kind.Words(s) // or split by the caller, as internal/entity does
	fmt.Println(kind.ClassifyWords(words, kind.VenueHome))
	// Output:
	// visit
}

func ExampleClassifier() {
	var c kind.Classifier // kept for the sentences of many articles
	for _, s := range []string{"Kerry met with Lavrov in Geneva.", "Rebels shelled the city on Friday."} {
		fmt.Println(c.ClassifyWords(kind.Words(s), kind.VenueAway))
	}
	// Output:
	// meeting
	// attack
}

func ExampleEventful() {
	// What a statement says, after its reporting verb: a caller that would
	// classify it clause by clause asks first whether any clause can hold
	// an event.
	for _, said := range []string{
		"the weather in Geneva had been fine on Friday",
		"the two leaders would meet again in Chisinau on June 1",
	} {
		fmt.Println(kind.Eventful(kind.Words(said)))
	}
	// Output:
	// false
	// true
}

func ExampleExplainHeadline() {
	title := "Talks collapse; rebels shell city"
	fmt.Println(kind.ExplainHeadline(title, kind.VenueNone).Kind) // what the lead reports
	fmt.Println(kind.Explain(title, kind.VenueNone).Kind)         // the stronger event
	// Output:
	// negotiation
	// attack
}
