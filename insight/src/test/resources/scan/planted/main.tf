provider "aws" {
  region     = "us-west-2"
  access_key = "@@AKIA_6@@"
  secret_key = "@@SECRET_6@@"
}
