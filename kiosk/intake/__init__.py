"""Content coming into a kiosk: a curator's folder checked as a whole (photos included) and staged
aside before it is shown. Pure Python: no Qt. It sits above kiosk/content, kiosk/images and
kiosk/ops, which it brings together; none of them imports it."""
