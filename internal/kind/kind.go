// Package kind classifies a sentence into a diplomatic event kind with its
// CAMEO code. STUB: being written.
package kind

// Kind is an event kind and its CAMEO code.
type Kind struct {
	Name  string // "negotiation", "visit", ..., "other"
	CAMEO string // "046", ...; "" for other
}

// Other is the kind of a sentence no trigger matches.
var Other = Kind{Name: "other"}

// Classify returns the kind of the event a sentence reports.
func Classify(sentence string) Kind { return Other }

// All returns every kind, in a stable documented order.
func All() []Kind { return []Kind{Other} }

// Parse returns the kind named s (a name or a CAMEO code), for --kind.
func Parse(s string) (Kind, bool) { return Kind{}, false }
