// Command otlp-decode reads one OTLP/HTTP logs request body (protobuf,
// ExportLogsServiceRequest) on standard input and prints it as protojson with
// the official OTLP definitions (go.opentelemetry.io/proto/otlp), so that
// test/server/otlp.test.ts checks panicscope's hand-written encoding against
// them. Unknown fields fail the decoding.
package main

import (
	"fmt"
	"io"
	"os"

	collogs "go.opentelemetry.io/proto/otlp/collector/logs/v1"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

func main() {
	raw, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "otlp-decode:", err)
		os.Exit(1)
	}
	var req collogs.ExportLogsServiceRequest
	if err := proto.Unmarshal(raw, &req); err != nil {
		fmt.Fprintln(os.Stderr, "otlp-decode:", err)
		os.Exit(1)
	}
	if unknown := findUnknown(req.ProtoReflect()); unknown != "" {
		fmt.Fprintln(os.Stderr, "otlp-decode: unknown fields in", unknown)
		os.Exit(1)
	}
	out, err := protojson.MarshalOptions{Multiline: true, Indent: "  "}.Marshal(&req)
	if err != nil {
		fmt.Fprintln(os.Stderr, "otlp-decode:", err)
		os.Exit(1)
	}
	fmt.Println(string(out))
}

// findUnknown names the first message holding fields the definitions do not
// know (a wrong field number in the encoding), or "".
func findUnknown(m protoreflect.Message) string {
	if len(m.GetUnknown()) > 0 {
		return string(m.Descriptor().FullName())
	}
	found := ""
	m.Range(func(fd protoreflect.FieldDescriptor, v protoreflect.Value) bool {
		switch {
		case fd.IsList() && fd.Message() != nil:
			for i := 0; i < v.List().Len() && found == ""; i++ {
				found = findUnknown(v.List().Get(i).Message())
			}
		case fd.Message() != nil && !fd.IsMap():
			found = findUnknown(v.Message())
		}
		return found == ""
	})
	return found
}
