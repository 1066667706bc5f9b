// Package schema holds the JSON Schema (draft 2020-12) of the JSON timeline
// format that render.JSON writes and `timeline build --format json` prints,
// and validates documents against it.
//
// The schema is published as timeline.schema.json with the $id ID. Its
// objects take no properties beyond the ones the format defines, so that a
// change of the format that the schema does not follow shows as a
// validation error in the tests.
package schema

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// ID is the $id of the schema.
const ID = "https://github.com/timelinehq/timeline/schema/timeline.schema.json"

//go:embed timeline.schema.json
var schemaJSON []byte

// JSON returns the schema document, timeline.schema.json.
func JSON() []byte { return bytes.Clone(schemaJSON) }

// compiled is the schema, compiled on first use.
var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, fmt.Errorf("schema: reading timeline.schema.json: %w", err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(ID, doc); err != nil {
		return nil, fmt.Errorf("schema: %w", err)
	}
	s, err := c.Compile(ID)
	if err != nil {
		return nil, fmt.Errorf("schema: compiling timeline.schema.json: %w", err)
	}
	return s, nil
})

// Validate reports whether data is a JSON timeline that the schema accepts.
// The error says what is wrong and where, as JSON pointers into data; it
// wraps a *jsonschema.ValidationError when data is JSON that the schema
// rejects.
func Validate(data []byte) error {
	s, err := compiled()
	if err != nil {
		return err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("schema: not JSON: %w", err)
	}
	if err := s.Validate(doc); err != nil {
		return fmt.Errorf("schema: not a valid JSON timeline: %w", err)
	}
	return nil
}
