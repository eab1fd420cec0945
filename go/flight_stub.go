//go:build !go1.25

package panicscope

// Before Go 1.25 there is no runtime/trace.FlightRecorder: Config.FlightRecorder is ignored.
type flightRecorder struct{}

func startFlightRecorder(*FlightRecorder) *flightRecorder { return nil }

func (*flightRecorder) snapshot() []byte { return nil }

func (*flightRecorder) stop() {}
