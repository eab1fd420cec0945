module example.com/sentrygo

go 1.25.0

replace github.com/panicscope/panicscope/go => ../../../../go

require (
	github.com/getsentry/sentry-go v0.50.0
	github.com/panicscope/panicscope/go v0.0.0
)

require (
	golang.org/x/sys v0.47.0 // indirect
	golang.org/x/text v0.41.0 // indirect
)
