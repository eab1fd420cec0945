module github.com/panicscope/panicscope/go/otel

go 1.23.0

require go.opentelemetry.io/otel/trace v1.38.0

require go.opentelemetry.io/otel v1.38.0 // indirect
