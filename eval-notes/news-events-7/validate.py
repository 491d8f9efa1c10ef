#!/usr/bin/env python3
"""Checks the news-events-7 set (six invented 2030 events) against the BASIL layout and the brief: the
shared checks of ../validate_events.py, with this folder and year. Exit status 0 only when
everything passes."""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "validate_events.py"), HERE, "2030"]))
