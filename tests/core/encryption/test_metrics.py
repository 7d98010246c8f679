from keyfold.core.encryption.metrics import MetricsRecorder, Operation


def test_snapshot_counts_and_histogram() -> None:
    recorder = MetricsRecorder(bounds=(0.001, 0.01))
    recorder.record(Operation.ENCRYPT, 0.0005, 10, 40)
    recorder.record(Operation.ENCRYPT, 0.005, 10, 40)
    recorder.record(Operation.ENCRYPT, 0.5, 10, 40)
    recorder.record(Operation.DECRYPT, 0.002, 10, 40)
    recorder.count("failures")
    snap = recorder.snapshot()
    assert (snap.encryptions, snap.decryptions, snap.failures) == (3, 1, 1)
    assert snap.plaintext_bytes == 40 and snap.ciphertext_bytes == 160
    assert snap.encrypt_latency.counts == (1, 1, 1)
    assert snap.encrypt_latency.min_seconds == 0.0005
    assert snap.encrypt_latency.max_seconds == 0.5
    assert abs(snap.encrypt_latency.mean_seconds - 0.5055 / 3) < 1e-12
    recorder.count("failures")
    assert snap.failures == 1  # a snapshot does not move


def test_empty_summary() -> None:
    snap = MetricsRecorder().snapshot()
    assert snap.decrypt_latency.count == 0 and snap.decrypt_latency.mean_seconds == 0.0
