#!/usr/bin/env python3
"""Runs ../../validate_events.py on this set (news-2033) with year 2033; exits with its status."""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKER = os.path.normpath(os.path.join(HERE, "..", "..", "validate_events.py"))
sys.exit(subprocess.call([sys.executable, CHECKER, HERE, "2033"]))
