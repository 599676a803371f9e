module git.example.com/acme-demo/{{service}}

go 1.22

require (
	go.opentelemetry.io/otel v1.27.0
	golang.org/x/sync v0.7.0
)
