// Waits until a just-started `sanus serve` answers GET /healthz (the knowledge base loads
// first); exits 0 when it does, 1 after 60 s or when the answer is not ok.
const base = process.argv[2];
const deadline = Date.now() + 60_000;
while (Date.now() < deadline) {
  try {
    const response = await fetch(base + '/healthz');
    process.exit(response.ok ? 0 : 1);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
process.exit(1);
