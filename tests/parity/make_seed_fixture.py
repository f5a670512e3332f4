#!/usr/bin/python3
"""Makes tests/parity/seed.fixture: the PyTorch port's logits, loss and gradients for the seed preset at the
weights and batch that tst_seed_parity exports. Run through `make parity-fixture`, or by hand:

    build/bin/tst_seed_parity --export /tmp/parity
    /usr/bin/python3 tests/parity/make_seed_fixture.py /tmp/parity/seed-weights.txt tests/parity/seed.fixture

The fixture is text lines (what it holds, the loss, one `tensor NAME d0 d1 ...` line per tensor) followed by
`data` and the tensors' float32 values, little-endian, in the order listed.
"""
import os
import struct
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench"))
from seed_pytorch import Seed, masked_loss  # noqa: E402  (the port the benchmarks run)


def port_name(name):
    """The C++ parameter's name in the port: one decoder, embeddings at the top level."""
    if name.startswith("embedding."):
        return name[len("embedding."):]
    if name.startswith("decoders.0."):
        return "decoder." + name[len("decoders.0."):]
    return name


def read_export(path):
    config, fingerprint, sequences, parameters = {}, None, [], []
    with open(path) as lines:
        for line in lines:
            words = line.split()
            if words[0] == "config":
                config = {words[i]: int(words[i + 1]) for i in range(1, len(words), 2)}
            elif words[0] == "weights":
                fingerprint = words[1]
            elif words[0] == "sequence":
                sequences.append([int(w) for w in words[1:]])
            elif words[0] == "parameter":
                shape = [int(w) for w in words[2:]]
                values = [float(v) for v in next(lines).split()]
                parameters.append((words[1], torch.tensor(values, dtype=torch.float32).reshape(shape)))
    return config, fingerprint, sequences, parameters


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    config, fingerprint, sequences, parameters = read_export(sys.argv[1])
    model = Seed(vocab=config["vocab"], length=config["length"], embed=config["embed"], heads=config["heads"],
                 ff=config["ff"])
    named = dict(model.named_parameters())
    if len(named) != len(parameters):
        sys.exit(f"the port has {len(named)} parameters, the export {len(parameters)}")
    with torch.no_grad():
        for name, values in parameters:
            named[port_name(name)].copy_(values)
    batch = torch.tensor(sequences, dtype=torch.long)
    inputs, targets = batch[:, :-1], batch[:, 1:]
    logits = model(inputs)
    loss = masked_loss(logits, inputs, targets)
    loss.backward()

    tensors = [("logits", logits.detach())] + [("grad." + name, named[port_name(name)].grad) for name, _ in parameters]
    with open(sys.argv[2], "wb") as out:
        out.write(b"textgen seed parity fixture 1\n")
        out.write(f"# made by tests/parity/make_seed_fixture.py with PyTorch {torch.__version__}\n".encode())
        out.write(f"weights {fingerprint}\n".encode())
        out.write(f"loss {loss.item():.17g}\n".encode())
        for name, tensor in tensors:
            out.write(f"tensor {name} {' '.join(str(d) for d in tensor.shape)}\n".encode())
        out.write(b"data\n")
        for _, tensor in tensors:
            values = tensor.contiguous().reshape(-1).tolist()
            out.write(struct.pack(f"<{len(values)}f", *values))
    print(f"{sys.argv[2]}: loss {loss.item():.6f}, {len(tensors)} tensors")


if __name__ == "__main__":
    main()
