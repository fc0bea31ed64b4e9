package demo;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

class Main {
  static final AwsBasicCredentials CREDS =
      AwsBasicCredentials.create("@@AKIA_2@@", "@@SECRET_2@@");
}
