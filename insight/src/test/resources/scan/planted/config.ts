export const awsConfig = {
  accessKeyId: process.env.KEY ?? '@@AKIA_4@@',
  secretAccessKey: process.env.SECRET ?? '@@SECRET_4@@',
};
