package main

import "github.com/aws/aws-sdk-go/aws/credentials"

var creds = credentials.NewStaticCredentials(
	"@@ASIA_5@@",
	"@@SECRET_5@@",
	"@@TOKEN_5@@",
)
