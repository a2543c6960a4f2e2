"""One JSON object per log line, for log collectors, and no patient data in any of them.

Exception messages are left out on purpose: a database error can quote the row it failed
on (a patient's name or email). The exception's type and where it happened are enough to
find the fault; the request is identified by method, path and status (paths never hold
patient data).
"""

import json
import logging
import traceback
from datetime import UTC, datetime


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if request := getattr(record, "request", None):
            entry["method"], entry["path"] = request.method, request.path
        if status := getattr(record, "status_code", None):
            entry["status"] = status
        if record.exc_info and record.exc_info[0]:
            error_type, _error, trace = record.exc_info
            entry["exception"] = error_type.__name__
            entry["stack"] = [
                f"{frame.filename}:{frame.lineno} in {frame.name}"
                for frame in traceback.extract_tb(trace)
            ]
        return json.dumps(entry, ensure_ascii=False)
