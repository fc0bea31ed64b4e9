#!/bin/sh
# rotate me
export AWS_SECRET=@@SECRET_19@@
