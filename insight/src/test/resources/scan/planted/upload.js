const { S3Client } = require("@aws-sdk/client-s3");

const client = new S3Client({
  region: "us-east-1",
  credentials: {
    accessKeyId: "@@AKIA_3@@",
    secretAccessKey: "@@SECRET_3@@",
  },
});
