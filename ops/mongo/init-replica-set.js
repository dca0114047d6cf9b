// mongo-init job (docker-compose.yml): makes the single mongod the one member of replica set rs0. Idempotent.
// Production: three members on three hosts (rs.add), and authentication with a keyFile.
try {
  const status = rs.status();
  print(`rs0 already initiated (${status.members.length} member(s))`);
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') {
    throw e;
  }
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] });
  print('rs0 initiated');
}
let tries = 0;
while (!db.hello().isWritablePrimary) {
  if (++tries > 60) {
    throw new Error('rs0 has no primary after 60 s');
  }
  sleep(1000);
}
print('rs0 primary ready');
