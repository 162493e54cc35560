"""Driving a running kiosk as a visitor would, shared by the tests and the benchmarks."""
